import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, ecosystemMemberships, importRuns, organizationIdentifiers, organizations, userRoles } from '../../db/schema/index';
import { startJobQueue, type JobQueue } from '../../jobs/job-queue';
import { createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let queue: JobQueue;
let park: { id: string };
let manager: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  // The real queue on the app's own connection, as main.ts runs it.
  queue = await startJobQueue(t.connection, t.app.jobs.definitions, () => {});
  t.app.jobs.sender.attach(queue);
  park = await createEcosystem(t.connection.db, { nameEn: 'Import Park' });
  manager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
});
afterAll(async () => {
  await queue.stop();
  await t.close();
});

const upload = (client: TestClient, csv: string, query: string) =>
  client.request({ method: 'POST', url: `/api/imports?fileName=residents.csv&${query}`, payload: Buffer.from(csv), headers: { 'content-type': 'text/csv' } });

async function waitUntilFinished(client: TestClient, id: string) {
  for (let i = 0; i < 100; i++) {
    const run = (await client.get(`/api/imports/${id}`)).json();
    if (run.status === 'done' || run.status === 'failed') return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('import did not finish');
}

const residentsCsv = [
  'Название;Страна;ИНН;Тип;Статус;Рег. номер',
  'ООО «Импорт Один»;RU;7707083893;company;resident;GS-1',
  '"ООО ""Импорт Два""";RU;500100732259;company;applicant;',
  'Import Three LLC;BY;;company;resident;GS-3',
].join('\r\n');

describe('importing residents from a spreadsheet', () => {
  it('reports every bad row with its row, column and a localized message, and writes nothing', async () => {
    const bad = residentsCsv.replace('500100732259', '500100732258').replace('Import Three LLC;BY', 'Import Three LLC;');
    const uploaded = (await upload(manager, bad, `ecosystemId=${park.id}`)).json();
    expect(uploaded).toMatchObject({ status: 'uploaded', totalRows: 3, columns: ['Название', 'Страна', 'ИНН', 'Тип', 'Статус', 'Рег. номер'] });
    expect(uploaded.mapping).toEqual({ Название: 'name_ru', Страна: 'country', ИНН: 'inn', Тип: 'kind', Статус: 'membership_status', 'Рег. номер': 'registration_number' });
    const before = (await t.connection.db.select().from(organizations)).length;
    const checked = (await manager.request({ method: 'POST', url: `/api/imports/${uploaded.id}/check`, payload: { mapping: uploaded.mapping }, headers: { 'accept-language': 'ru' } })).json();
    expect(checked.report.errors).toEqual([
      { row: 3, column: 'ИНН', code: 'invalid_identifier', message: 'Идентификатор не проходит проверку контрольной суммы.' },
      { row: 4, column: 'country', code: 'required', message: 'Обязательное поле.' },
    ]);
    expect((await manager.post(`/api/imports/${uploaded.id}/commit`)).json().code).toBe('IMPORT_HAS_ERRORS');
    expect(await t.connection.db.select().from(organizations)).toHaveLength(before);
  });

  it('commits a clean file as a job: organizations and memberships, and a re-import only updates', async () => {
    const uploaded = (await upload(manager, residentsCsv, `ecosystemId=${park.id}`)).json();
    const checked = (await manager.post(`/api/imports/${uploaded.id}/check`, { mapping: uploaded.mapping })).json();
    expect(checked.report).toMatchObject({ rows: 3, creates: 3, updates: 0, memberships: 3, errors: [] });
    const committed = await manager.post(`/api/imports/${uploaded.id}/commit`);
    expect([committed.statusCode, committed.json().status]).toEqual([202, 'queued']);
    const finished = await waitUntilFinished(manager, uploaded.id);
    expect(finished).toMatchObject({ status: 'done', doneRows: 3 });
    const members = await t.connection.db.select().from(ecosystemMemberships).where(eq(ecosystemMemberships.ecosystemId, park.id));
    expect(members.map((m) => [m.status, m.registrationNumber]).sort()).toEqual([['applicant', null], ['resident', 'GS-1'], ['resident', 'GS-3']]);

    const again = (await upload(manager, residentsCsv, `ecosystemId=${park.id}`)).json();
    const rechecked = (await manager.post(`/api/imports/${again.id}/check`, { mapping: again.mapping })).json();
    // Rows with an identifier are recognised; the row without one has nothing to match and is new again.
    expect(rechecked.report).toMatchObject({ creates: 1, updates: 2, errors: [] });
    const [holder] = await t.connection.db.select().from(organizationIdentifiers).where(eq(organizationIdentifiers.value, '7707083893'));
    expect(holder).toBeDefined();
  });

  it('is all-or-nothing: a row that became wrong after the check fails the whole job', async () => {
    const csv = 'name_en;country;inn;kind\nAtomic One;RU;7736050003;company\nAtomic Two;RU;7728168971;company\n';
    const uploaded = (await upload(manager, csv, `ecosystemId=${park.id}`)).json();
    expect((await manager.post(`/api/imports/${uploaded.id}/check`, { mapping: uploaded.mapping })).json().report.errors).toEqual([]);
    // Someone else registers the second INN in the meantime: now it belongs to an organization the manager may not edit.
    const [other] = await t.connection.db.insert(organizations).values({ nameEn: 'Registered meanwhile', kind: 'company', country: 'RU' }).returning();
    await t.connection.db.insert(organizationIdentifiers).values({ organizationId: other!.id, country: 'RU', scheme: 'inn', value: '7728168971' });
    await manager.post(`/api/imports/${uploaded.id}/commit`);
    const finished = await waitUntilFinished(manager, uploaded.id);
    expect(finished).toMatchObject({ status: 'failed', error: 'IMPORT_HAS_ERRORS' });
    expect(await t.connection.db.select().from(organizations).where(eq(organizations.nameEn, 'Atomic One'))).toHaveLength(0);
  });

  it('checks again when the caller lost the right to import since the check, and writes nothing', async () => {
    const user = await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }]);
    const client = await new TestClient(t.app).login(user.email);
    const uploaded = (await upload(client, 'name_en;country;kind\nDemoted Import LLC;BY;company\n', `ecosystemId=${park.id}`)).json();
    expect((await client.post(`/api/imports/${uploaded.id}/check`, { mapping: uploaded.mapping })).json().report.errors).toEqual([]);
    // The role goes between the check and the job: the registry has not moved, the caller has.
    await t.connection.db.delete(userRoles).where(eq(userRoles.userId, user.id));
    expect((await client.post(`/api/imports/${uploaded.id}/commit`)).statusCode).toBe(202);
    const runOf = async () => (await t.connection.db.select().from(importRuns).where(eq(importRuns.id, uploaded.id)))[0]!;
    for (let i = 0; i < 100 && !['done', 'failed'].includes((await runOf()).status); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await runOf()).toMatchObject({ status: 'failed', error: 'IMPORT_HAS_ERRORS' });
    expect(await t.connection.db.select().from(organizations).where(eq(organizations.nameEn, 'Demoted Import LLC'))).toHaveLength(0);
  });

  it('reads back what the export writes', async () => {
    const coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
    const exported = (await coordinator.get('/api/organizations/export?format=xlsx')).rawPayload;
    const uploaded = (await coordinator.request({ method: 'POST', url: '/api/imports?fileName=export.xlsx', payload: exported, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } })).json();
    const checked = (await coordinator.post(`/api/imports/${uploaded.id}/check`, { mapping: uploaded.mapping })).json();
    expect(checked.report.errors).toEqual([]);
    expect(checked.report.creates).toBe(0);
    expect(checked.report.updates).toBe(uploaded.totalRows);
  });

  it('reads resident types as codes or as labels in any language, and names an unknown one', async () => {
    const typed = (kind: string) => [
      'Название;Страна;Тип;Статус;Вид резидентства',
      `ООО «Якорь»;RU;company;resident;Якорный резидент`,
      `Incubated Ltd;BY;company;resident;${kind}`,
      `杭州联投;CN;company;resident;联合投资方`,
    ].join('\n');
    const bad = (await upload(manager, typed('Production'), `ecosystemId=${park.id}`)).json();
    expect(bad.mapping['Вид резидентства']).toBe('resident_type');
    const checked = (await manager.request({ method: 'POST', url: `/api/imports/${bad.id}/check`, payload: { mapping: bad.mapping }, headers: { 'accept-language': 'ru' } })).json();
    expect(checked.report.errors).toEqual([{ row: 3, column: 'Вид резидентства', code: 'UNKNOWN_RESIDENT_TYPE', message: expect.stringMatching(/^Неизвестный вид резидентства\. Допустимы: резидент на общих условиях, якорный резидент, .*\(Production\)$/) }]);

    const good = (await upload(manager, typed('startup_resident'), `ecosystemId=${park.id}`)).json();
    expect((await manager.post(`/api/imports/${good.id}/check`, { mapping: good.mapping })).json().report.errors).toEqual([]);
    await manager.post(`/api/imports/${good.id}/commit`);
    expect(await waitUntilFinished(manager, good.id)).toMatchObject({ status: 'done' });
    const members = (await manager.get(`/api/ecosystems/${park.id}/members?pageSize=200`)).json().items as { residentType: string; organization: { name: Record<string, string | null> } }[];
    const typeOf = (name: string) => members.find((m) => Object.values(m.organization.name).includes(name))?.residentType;
    expect([typeOf('ООО «Якорь»'), typeOf('Incubated Ltd'), typeOf('杭州联投')]).toEqual(['anchor_resident', 'startup_resident', 'co_investor']);
  });

  it('writes a file of several batches with every row audited, and fails it whole when a late row breaks a rule', async () => {
    const rows = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1} LLC;BY;company;resident;${prefix}-${i + 1};biotechnology`);
    const header = 'name_en;country;kind;membership_status;registration_number;directions';
    const large = (await upload(manager, [header, ...rows(1_201, 'Batch')].join('\n'), `ecosystemId=${park.id}`)).json();
    expect((await manager.post(`/api/imports/${large.id}/check`, { mapping: large.mapping })).json().report).toMatchObject({ creates: 1_201, memberships: 1_201, errors: [] });
    await manager.post(`/api/imports/${large.id}/commit`);
    expect(await waitUntilFinished(manager, large.id)).toMatchObject({ status: 'done', doneRows: 1_201 });
    const written = await t.connection.db.select().from(organizations).where(like(organizations.nameEn, 'Batch % LLC'));
    expect(written).toHaveLength(1_201);
    const last = written.find((o) => o.nameEn === 'Batch 1201 LLC')!;
    const [created] = await t.connection.db.select().from(auditLog).where(and(eq(auditLog.entityId, last.id), eq(auditLog.action, 'create')));
    expect(created!.changes).toMatchObject({ nameEn: { before: null, after: 'Batch 1201 LLC' }, directions: { before: null, after: ['biotechnology'] } });
    expect(created!.requestId).toBe(`import:${large.id}`);
    const [membership] = await t.connection.db.select().from(ecosystemMemberships).where(eq(ecosystemMemberships.organizationId, last.id));
    expect(membership).toMatchObject({ ecosystemId: park.id, status: 'resident', registrationNumber: 'Batch-1201' });
    expect(await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, membership!.id))).toHaveLength(1);

    // Row 1,100 repeats row 2's registration number: the check cannot see it, the write refuses it, and nothing of the file stays.
    const clash = rows(1_100, 'Clash');
    clash[1_099] = clash[1_099]!.replace('Clash-1100', 'Clash-1');
    const failing = (await upload(manager, [header, ...clash].join('\n'), `ecosystemId=${park.id}`)).json();
    expect((await manager.post(`/api/imports/${failing.id}/check`, { mapping: failing.mapping })).json().report.errors).toEqual([]);
    await manager.post(`/api/imports/${failing.id}/commit`);
    expect(await waitUntilFinished(manager, failing.id)).toMatchObject({ status: 'failed', error: 'REGISTRATION_NUMBER_TAKEN', doneRows: 0 });
    expect(await t.connection.db.select().from(organizations).where(like(organizations.nameEn, 'Clash % LLC'))).toHaveLength(0);
  });

  it('refuses those who may not import, and files that are not spreadsheets', async () => {
    const other = await createEcosystem(t.connection.db, { nameEn: 'Other Park' });
    expect((await upload(manager, residentsCsv, `ecosystemId=${other.id}`)).statusCode).toBe(403);
    expect((await upload(manager, residentsCsv, '')).statusCode).toBe(403);
    expect((await upload(new TestClient(t.app), residentsCsv, `ecosystemId=${park.id}`)).statusCode).toBe(401);
    const empty = await upload(manager, '', `ecosystemId=${park.id}`);
    expect([empty.statusCode, empty.json().code]).toEqual([400, 'IMPORT_FILE_EMPTY']);
    const json = await manager.post(`/api/imports?fileName=x.json&ecosystemId=${park.id}`, { not: 'a file' });
    expect(json.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a park that does not exist or is not an ecosystem, before storing anything', async () => {
    const coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
    const runsBefore = (await coordinator.get('/api/imports')).json().items.length;
    const unknown = await upload(coordinator, residentsCsv, 'ecosystemId=ffffffe6-ffeb-4fff-91a8-e64b3e87e671');
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'NOT_FOUND']);
    const company = await createOrganization(t.connection.db, { kind: 'company' });
    const notPark = await upload(coordinator, residentsCsv, `ecosystemId=${company.id}`);
    expect([notPark.statusCode, notPark.json().code]).toEqual([404, 'NOT_AN_ECOSYSTEM']);
    expect((await coordinator.get('/api/imports')).json().items).toHaveLength(runsBefore);
  });

  it('keeps column mappings as presets', async () => {
    const preset = (await manager.post('/api/import-presets', { name: 'Great Stone register', mapping: { 'Рег. номер': 'registration_number' } })).json();
    expect((await manager.get('/api/import-presets')).json().items.map((p: { name: string }) => p.name)).toEqual(['Great Stone register']);
    expect((await manager.delete(`/api/import-presets/${preset.id}`)).statusCode).toBe(204);
    expect((await manager.get('/api/import-presets')).json().items).toEqual([]);
  });
});
