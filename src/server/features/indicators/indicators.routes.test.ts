import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, indicatorActualRevisions, indicatorActuals, indicators } from '../../db/schema/index';
import { addMembership, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let coordinator: TestClient;
let member: TestClient;
let analyst: TestClient;
let company: Awaited<ReturnType<typeof createOrganization>>;
let otherCompany: Awaited<ReturnType<typeof createOrganization>>;

beforeAll(async () => {
  t = await createTestApp();
  company = await createOrganization(t.connection.db, { nameEn: 'Reporting Company' });
  otherCompany = await createOrganization(t.connection.db, { nameEn: 'Other Company', visibility: 'private' });
  coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
  member = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'member', scopeOrganizationId: company.id }])).email);
  analyst = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'analyst' }])).email);
});
afterAll(async () => t.close());

let sequence = 0;
const code = (prefix: string) => `${prefix}-${++sequence}`;
const indicatorCount = async () => (await t.connection.db.select({ value: count() }).from(indicators))[0]!.value;

async function define(body: Record<string, unknown>) {
  const response = await coordinator.post('/api/indicators', { name: { en: 'Test' }, unit: 'people', level: 'program', ...body, code: body.code ?? code('T') });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('defining indicators: bad input changes nothing', () => {
  it('refuses a target for a year before the base year', async () => {
    const before = await indicatorCount();
    const response = await coordinator.post('/api/indicators', { code: code('BASE'), name: { en: 'x' }, unit: 'people', level: 'program', baseYear: 2023, baseValue: 10, targets: [{ year: 2022, value: 20 }, { year: 2030, value: 50 }] });
    expect([response.statusCode, response.json().code]).toEqual([400, 'TARGET_BEFORE_BASE_YEAR']);
    expect(response.json().message).toBe('Целевое значение нельзя задать на год раньше базового.');
    expect(await indicatorCount()).toBe(before);

    const created = await define({ baseYear: 2023, baseValue: 10, targets: [{ year: 2030, value: 50 }] });
    const moved = await coordinator.patch(`/api/indicators/${created.id}`, { baseYear: 2031 });
    expect([moved.statusCode, moved.json().code]).toEqual([400, 'TARGET_BEFORE_BASE_YEAR']);
    expect((await coordinator.get(`/api/indicators/${created.id}`)).json().baseYear).toBe(2023);
    // A change that leaves the targets out keeps them, and keeps the other fields as they were.
    const kept = (await coordinator.patch(`/api/indicators/${created.id}`, { responsible: 'Project office', aggregation: 'last' })).json();
    expect([kept.targets, kept.aggregation, kept.directionOfGood]).toEqual([[{ year: 2030, value: 50 }], 'last', 'increase']);
  });

  it('refuses a percentage over 100 in a target, a base or a figure', async () => {
    const before = await indicatorCount();
    const response = await coordinator.post('/api/indicators', { code: code('PCT'), name: { ru: 'Доля' }, unit: 'percent', level: 'program', targets: [{ year: 2030, value: 120 }] });
    expect([response.statusCode, response.json().code]).toEqual([400, 'PERCENT_OUT_OF_RANGE']);
    expect(await indicatorCount()).toBe(before);
    const share = await define({ unit: 'percent', targets: [{ year: 2030, value: 80 }] });
    const figure = await coordinator.post(`/api/indicators/${share.id}/actuals`, { year: 2025, value: 100.5, status: 'confirmed' });
    expect([figure.statusCode, figure.json().code]).toEqual([400, 'PERCENT_OUT_OF_RANGE']);
    expect(await t.connection.db.select().from(indicatorActuals).where(eq(indicatorActuals.indicatorId, share.id))).toEqual([]);
  });

  it('refuses a formula that refers to itself, directly or through others, and one that is not a formula', async () => {
    const a = await define({ code: code('FA') });
    const b = await define({ code: code('FB'), formula: `{${a.code}} * 2` });
    const cycle = await coordinator.patch(`/api/indicators/${a.id}`, { formula: `{${b.code}} + 1` });
    expect([cycle.statusCode, cycle.json().code, cycle.json().details.cycle]).toEqual([400, 'FORMULA_CYCLE', [a.code, b.code, a.code]]);
    const self = await coordinator.post('/api/indicators', { code: 'SELF-1', name: { en: 'x' }, unit: 'people', level: 'program', formula: '{SELF-1} + 1' });
    expect(self.json().code).toBe('FORMULA_CYCLE');
    for (const formula of ['{NOPE} + 1', `{${a.code}} +`, 'require("fs")']) {
      const bad = await coordinator.patch(`/api/indicators/${a.id}`, { formula });
      expect([bad.statusCode, bad.json().code], formula).toEqual([400, 'FORMULA_INVALID']);
    }
    expect((await coordinator.get(`/api/indicators/${a.id}`)).json().formula).toBeNull();
  });

  it('computes a formula indicator from the figures it refers to', async () => {
    const jobs = await define({ code: code('JOBS') });
    const share = await define({ code: code('SHARE'), formula: `{${jobs.code}} / 10` });
    await coordinator.post(`/api/indicators/${jobs.id}/actuals`, { year: 2024, value: 400, status: 'confirmed' });
    expect((await coordinator.get(`/api/indicators/${share.id}`)).json().actuals).toMatchObject([{ year: 2024, value: 40 }]);
  });

  it('refuses a duplicate code with its own error', async () => {
    const taken = await define({});
    const again = await coordinator.post('/api/indicators', { code: taken.code, name: { en: 'x' }, unit: 'people', level: 'program' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'INDICATOR_CODE_TAKEN']);
  });
});

describe('contributions', () => {
  it('refuses a unit mismatch and a circle, converts rubles between scales, and states the uncovered remainder', async () => {
    const parent = await define({ unit: 'billion_rub', level: 'regional', baseYear: 2023, baseValue: 54, targets: [{ year: 2030, value: 120 }] });
    const people = await define({ unit: 'people', level: 'project' });
    const before = (await t.connection.db.select({ value: count() }).from(auditLog))[0]!.value;
    const mismatch = await coordinator.post(`/api/indicators/${parent.id}/contributions`, { childIndicatorId: people.id, plans: [] });
    expect([mismatch.statusCode, mismatch.json().code]).toEqual([400, 'UNIT_MISMATCH']);
    expect((await t.connection.db.select({ value: count() }).from(auditLog))[0]!.value).toBe(before);

    const project = await define({ unit: 'million_rub', level: 'project' });
    const linked = await coordinator.post(`/api/indicators/${parent.id}/contributions`, { childIndicatorId: project.id, plans: [{ year: 2030, value: 30 }] });
    expect(linked.statusCode, linked.body).toBe(200);
    const other = await define({ unit: 'thousand_rub', level: 'project' });
    await coordinator.post(`/api/indicators/${parent.id}/contributions`, { childIndicatorId: other.id, plans: [{ year: 2030, share: 0.25 }] });
    await coordinator.post(`/api/indicators/${project.id}/actuals`, { year: 2025, value: 4_500, status: 'confirmed' });
    const detail = (await coordinator.get(`/api/indicators/${parent.id}`)).json();
    // 30 bn planned + 25 % of 120 bn = 60 bn; 120 − 60 = 60 uncovered; 4,500 million = 4.5 bn
    expect(detail.contributionSummary).toEqual({ year: 2030, target: 120, plannedTotal: 60, actualTotal: 4.5, actualYear: 2025, uncovered: 60 });

    const circle = await coordinator.post(`/api/indicators/${project.id}/contributions`, { childIndicatorId: parent.id, plans: [] });
    expect([circle.statusCode, circle.json().code]).toEqual([400, 'CONTRIBUTION_CYCLE']);
    const unit = await coordinator.patch(`/api/indicators/${project.id}`, { unit: 'people' });
    expect([unit.statusCode, unit.json().code]).toEqual([400, 'UNIT_MISMATCH']);
  });
});

describe('figures: report, confirm, correct', () => {
  it('lets a member report a quarter, the coordinator confirm it, and moves the year to date', async () => {
    const jobs = await define({ level: 'organization', ownerOrganizationId: company.id, aggregation: 'sum', baseYear: 2024, baseValue: 10, targets: [{ year: 2030, value: 40 }] });
    const draft = await member.post(`/api/indicators/${jobs.id}/actuals`, { year: 2026, periodKind: 'quarter', periodIndex: 3, organizationId: company.id, value: 7, status: 'draft' });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().values).toMatchObject([{ status: 'draft', value: 7 }]);
    expect((await member.get(`/api/indicators/${jobs.id}`)).json().yearToDate).toBeNull();
    const submitted = (await member.post(`/api/indicators/${jobs.id}/actuals`, { year: 2026, periodKind: 'quarter', periodIndex: 3, organizationId: company.id, value: 8 })).json();
    expect(submitted.values[0]).toMatchObject({ status: 'submitted', value: 8, revisions: [{ valueBefore: 7, valueAfter: 8, statusBefore: 'draft', statusAfter: 'submitted' }] });
    expect(submitted.can).toEqual({ edit: false, report: true, confirm: false });

    const refused = await member.post(`/api/indicator-actuals/${submitted.values[0].id}/confirm`);
    expect(refused.statusCode).toBe(403);
    const confirmed = await coordinator.post(`/api/indicator-actuals/${submitted.values[0].id}/confirm`);
    expect(confirmed.json().yearToDate).toMatchObject({ year: 2026, value: 8, complete: false });
    const again = await coordinator.post(`/api/indicator-actuals/${submitted.values[0].id}/confirm`);
    expect([again.statusCode, again.json().code]).toEqual([409, 'ACTUAL_NOT_SUBMITTED']);

    // A confirmed figure changes only as a correction with a reason.
    const plain = await member.post(`/api/indicators/${jobs.id}/actuals`, { year: 2026, periodKind: 'quarter', periodIndex: 3, organizationId: company.id, value: 9 });
    expect([plain.statusCode, plain.json().code]).toEqual([409, 'ACTUAL_CONFIRMED']);
    const [stored] = await t.connection.db.select().from(indicatorActuals).where(eq(indicatorActuals.indicatorId, jobs.id));
    expect([stored!.value, stored!.status]).toEqual([8, 'confirmed']);
    const corrected = (await member.post(`/api/indicators/${jobs.id}/actuals`, { year: 2026, periodKind: 'quarter', periodIndex: 3, organizationId: company.id, value: 9, correctionReason: 'Two contracts were counted late' })).json();
    expect(corrected.values[0]).toMatchObject({ value: 9, status: 'submitted' });
    // Back for confirmation: the year's kept value no longer counts it, until it is confirmed again.
    expect(corrected.yearToDate).toBeNull();
    expect((await coordinator.post(`/api/indicator-actuals/${corrected.values[0].id}/confirm`)).json().yearToDate).toMatchObject({ year: 2026, value: 9 });
    expect(corrected.values[0].revisions.at(-1)).toMatchObject({ valueBefore: 8, valueAfter: 9, statusBefore: 'confirmed', reason: 'Two contracts were counted late' });
    const revisions = await t.connection.db.select().from(indicatorActualRevisions).where(eq(indicatorActualRevisions.actualId, stored!.id));
    expect(revisions).toHaveLength(4);
  });

  it('lets the manager of the organization\'s park confirm its figure, and no other park\'s manager', async () => {
    const park = await createOrganization(t.connection.db, { kind: 'industrial_park' });
    const otherPark = await createOrganization(t.connection.db, { kind: 'industrial_park' });
    const resident = await createOrganization(t.connection.db, { nameEn: 'Park Resident' });
    await addMembership(t.connection.db, park.id, resident.id);
    const manager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
    const otherManager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: otherPark.id }])).email);
    const jobs = await define({ level: 'organization', ownerOrganizationId: resident.id });
    const submitted = (await coordinator.post(`/api/indicators/${jobs.id}/actuals`, { year: 2026, periodKind: 'quarter', periodIndex: 1, organizationId: resident.id, value: 12, status: 'submitted' })).json();
    const figure = submitted.values[0];

    const seenByManager = (await manager.get(`/api/indicators/${jobs.id}`)).json();
    expect([seenByManager.can.confirm, seenByManager.values[0].canConfirm]).toEqual([true, true]);
    const refused = await otherManager.post(`/api/indicator-actuals/${figure.id}/confirm`);
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
    expect((await t.connection.db.select().from(indicatorActuals).where(eq(indicatorActuals.id, figure.id)))[0]!.status).toBe('submitted');

    const confirmed = await manager.post(`/api/indicator-actuals/${figure.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().values[0]).toMatchObject({ status: 'confirmed', canConfirm: false });
    const entries = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, figure.id));
    expect(entries.map((e) => e.action)).toContain('confirm');
  });

  it('keeps members to their own organization and an organization\'s figures from those who may not see them', async () => {
    const theirs = await define({ level: 'organization', ownerOrganizationId: otherCompany.id });
    const write = await member.post(`/api/indicators/${theirs.id}/actuals`, { year: 2025, organizationId: otherCompany.id, value: 3 });
    expect(write.statusCode).toBe(403);
    const forOwn = await member.post(`/api/indicators/${theirs.id}/actuals`, { year: 2025, organizationId: company.id, value: 3 });
    expect(forOwn.statusCode).toBe(403);
    const asConfirmed = await member.post(`/api/indicators/${theirs.id}/actuals`, { year: 2025, organizationId: company.id, value: 3, status: 'confirmed' });
    expect(asConfirmed.statusCode).toBe(403);
    await coordinator.post(`/api/indicators/${theirs.id}/actuals`, { year: 2025, organizationId: otherCompany.id, value: 4242, status: 'confirmed' });
    const seen = await analyst.get(`/api/indicators/${theirs.id}`);
    expect(seen.json()).toMatchObject({ valuesHidden: true, values: [], actuals: [] });
    // Ids left out of the search: a random one may hold the digits.
    expect(seen.body.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '')).not.toContain('4242');
    const rowsIn = async (client: TestClient) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await client.get(`/api/indicators/${theirs.id}/actuals/export`)).rawPayload as unknown as ArrayBuffer);
      return workbook.worksheets[0]!.actualRowCount;
    };
    expect([await rowsIn(analyst), await rowsIn(member), await rowsIn(coordinator)]).toEqual([1, 1, 2]);
  });
});

describe('reporting campaigns', () => {
  it('closes a campaign: no more reminders, nor reports for it; reopening brings both back', async () => {
    const revenue = await define({ unit: 'thousand_rub', level: 'organization' });
    const created = (await coordinator.post('/api/reporting/campaigns', { title: 'Q1 2026', year: 2026, periodKind: 'quarter', periodIndex: 1, dueOn: '2026-04-30', indicatorIds: [revenue.id], organizationIds: [company.id] })).json();
    const owedNow = async () => (await member.get('/api/reporting/obligations')).json().items.filter((o: { campaignId: string }) => o.campaignId === created.id).length;
    const report = () => member.post(`/api/indicators/${revenue.id}/actuals`, { year: 2026, periodKind: 'quarter', periodIndex: 1, organizationId: company.id, value: 10 });
    expect(await owedNow()).toBe(1);

    const empty = await coordinator.patch(`/api/reporting/campaigns/${created.id}`, {});
    expect([empty.statusCode, empty.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await member.patch(`/api/reporting/campaigns/${created.id}`, { status: 'closed' })).statusCode).toBe(403);
    const closed = await coordinator.patch(`/api/reporting/campaigns/${created.id}`, { status: 'closed' });
    expect([closed.statusCode, closed.json().status]).toEqual([200, 'closed']);
    expect(await owedNow()).toBe(0);
    expect((await report()).statusCode).toBe(403);

    const reopened = await coordinator.patch(`/api/reporting/campaigns/${created.id}`, { status: 'open', dueOn: '2026-05-15' });
    expect(reopened.json()).toMatchObject({ status: 'open', dueOn: '2026-05-15' });
    expect(await owedNow()).toBe(1);
    expect((await report()).statusCode).toBe(200);
    const actions = (await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, created.id))).map((e) => e.action);
    expect(actions.sort()).toEqual(['close', 'create', 'reopen']);
  });

  it('lists what each organization owes and counts completion as reports come in', async () => {
    const revenue = await define({ unit: 'thousand_rub', level: 'organization' });
    const response = await coordinator.post('/api/reporting/campaigns', { title: 'Q3 2026', year: 2026, periodKind: 'quarter', periodIndex: 3, dueOn: '2026-10-31', indicatorIds: [revenue.id], organizationIds: [company.id, otherCompany.id] });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ owed: 2, reported: 0, completionPercent: 0 });
    const owed = (await member.get('/api/reporting/obligations')).json().items.filter((o: { campaignId: string }) => o.campaignId === response.json().id);
    expect(owed).toMatchObject([{ organization: { id: company.id }, indicator: { id: revenue.id }, actual: null }]);

    // Owing the indicator is what lets the member report it.
    const report = await member.post(`/api/indicators/${revenue.id}/actuals`, { year: 2026, periodKind: 'quarter', periodIndex: 3, organizationId: company.id, value: 1500 });
    expect(report.statusCode, report.body).toBe(200);
    const campaign = (await coordinator.get(`/api/reporting/campaigns/${response.json().id}`)).json();
    expect(campaign).toMatchObject({ owed: 2, reported: 1, confirmed: 0, completionPercent: 50 });
    expect(campaign.obligations.map((o: { actual: { status: string } | null }) => o.actual?.status ?? null).sort()).toEqual([null, 'submitted']);
    // A whole ecosystem: its current residents owe the indicator, a former one does not.
    const park = await createOrganization(t.connection.db, { kind: 'creative_cluster', nameEn: 'Cluster' });
    const resident = await createOrganization(t.connection.db);
    const former = await createOrganization(t.connection.db);
    await addMembership(t.connection.db, park.id, resident.id);
    await addMembership(t.connection.db, park.id, former.id, 'former');
    const cluster = await coordinator.post('/api/reporting/campaigns', { title: 'Cluster 2026', year: 2026, periodKind: 'year', dueOn: '2027-02-01', indicatorIds: [revenue.id], ecosystemIds: [park.id] });
    expect(cluster.json()).toMatchObject({ organizationCount: 1, owed: 1 });
    const detail = (await coordinator.get(`/api/reporting/campaigns/${cluster.json().id}`)).json();
    expect(detail.obligations.map((o: { organization: { id: string } }) => o.organization.id)).toEqual([resident.id]);
    const none = await coordinator.post('/api/reporting/campaigns', { title: 'x', year: 2026, periodKind: 'year', dueOn: '2027-02-01', indicatorIds: [revenue.id] });
    expect(none.statusCode).toBe(400);

    const bad = await coordinator.post('/api/reporting/campaigns', { title: 'x', year: 2026, periodKind: 'quarter', periodIndex: 5, dueOn: '2026-10-31', indicatorIds: [revenue.id], organizationIds: [company.id] });
    expect(bad.statusCode).toBe(400);
  });
});

describe('importing figures from a spreadsheet', () => {
  const csv = (rows: string[]) => ['indicator_code,organization_inn,year,period_kind,period_index,value,source', ...rows].join('\r\n');
  const send = (client: TestClient, body: string, dryRun: boolean) => client.request({ method: 'POST', url: `/api/indicator-actuals/import?dryRun=${dryRun}`, payload: body, headers: { 'content-type': 'text/csv' } });

  it('reports bad rows in a dry run, writes nothing while any row is bad, then writes all rows', async () => {
    const target = await define({ unit: 'percent' });
    const rowsOf = () => t.connection.db.select().from(indicatorActuals).where(eq(indicatorActuals.indicatorId, target.id));
    const bad = csv([`${target.code},,2024,year,0,40,stat`, `${target.code},,2025,year,0,140,stat`, 'UNKNOWN,,2025,year,0,1,stat', `${target.code},,2025,quarter,7,1,stat`]);
    const dry = (await send(coordinator, bad, true)).json();
    expect(dry).toMatchObject({ dryRun: true, rows: 4, creates: 1, written: 0 });
    expect(dry.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([[3, 'PERCENT_OUT_OF_RANGE'], [4, 'NOT_FOUND'], [5, 'VALIDATION_FAILED']]);
    const real = (await send(coordinator, bad, false)).json();
    expect([real.written, real.errors.length]).toEqual([0, 3]);
    expect(await rowsOf()).toEqual([]);

    const good = csv([`${target.code},,2024,year,0,40,stat`, `${target.code},,2025,quarter,1,45,stat`]);
    expect((await send(coordinator, good, true)).json()).toMatchObject({ creates: 2, written: 0, errors: [] });
    expect(await rowsOf()).toEqual([]);
    expect((await send(coordinator, good, false)).json()).toMatchObject({ creates: 2, written: 2, errors: [] });
    expect((await rowsOf()).map((r) => [r.year, r.periodKind, r.value, r.status]).sort()).toEqual([[2024, 'year', 40, 'submitted'], [2025, 'quarter', 45, 'submitted']]);

    // Export → import is lossless: the exported file, with one value changed, imports back as one update.
    const exported = await coordinator.get(`/api/indicators/${target.id}/actuals/export`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'indicator_code', 'organization_inn', 'year', 'period_kind', 'period_index', 'value', 'source', 'comment', 'correction_reason']);
    const lines = [2, 3].map((n) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
    const edited = lines.map((cells) => (cells[3] === 'quarter' ? [...cells.slice(0, 5), '46', ...cells.slice(6)] : cells));
    const again = (await send(coordinator, ['indicator_code,organization_inn,year,period_kind,period_index,value,source,comment,correction_reason', ...edited.map((c) => c.join(','))].join('\r\n'), false)).json();
    expect(again).toMatchObject({ creates: 0, updates: 2, written: 2, errors: [] });
    expect((await rowsOf()).find((r) => r.periodKind === 'quarter')!.value).toBe(46);
  });

  it('answers in the caller\'s language and refuses a file without the needed columns', async () => {
    const response = await send(coordinator, 'name,value\r\nx,1', true);
    expect([response.statusCode, response.json().code]).toEqual([400, 'IMPORT_FILE_UNREADABLE']);
  });
});
