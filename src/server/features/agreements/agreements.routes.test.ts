import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementDocuments, agreementObligations, agreements, auditLog, persons, storedFiles } from '../../db/schema/index';
import { createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

/** Dates relative to the day the tests run (sessions follow the real clock), so "overdue" is stable. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let t: TestApp;
let coordinator: TestClient;
let center: { id: string };
let park: { id: string };
let outsider: { id: string };
let kolganov: string;
let yaroshenko: string;
let outsiderPerson: string;
let directionIds: string[];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  coordinator = await new TestClient(t.app).login((await createUser(db, [{ role: 'coordinator' }])).email);
  center = await createOrganization(db, { nameEn: 'Project Management Center', kind: 'project_office' });
  park = await createOrganization(db, { nameEn: 'Great Stone Administration', kind: 'industrial_park' });
  outsider = await createOrganization(db, { nameEn: 'Somebody Else' });
  const inserted = await db.insert(persons).values([
    { fullNameRu: 'Евгений Колганов', organizationId: center.id },
    { fullNameRu: 'Александр Ярошенко', organizationId: park.id },
    { fullNameEn: 'Outsider', organizationId: outsider.id },
  ]).returning();
  [kolganov, yaroshenko, outsiderPerson] = inserted.map((p) => p.id) as [string, string, string];
  const directions = (await coordinator.get('/api/directions')).json().items as { id: string; code: string }[];
  directionIds = ['biotechnology', 'new_materials', 'medicine'].map((code) => directions.find((d) => d.code === code)!.id);
});
afterAll(async () => t.close());

const agreementInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'cooperation_agreement',
  number: 'TEST-1',
  title: { ru: 'Соглашение о сотрудничестве', en: 'Cooperation agreement' },
  signedOn: day(-400),
  validFrom: day(-400),
  validTo: day(1500),
  place: { ru: 'Минск', en: 'Minsk' },
  occasion: { en: 'Official visit' },
  parties: [{ organizationId: center.id, role: 'party' }, { organizationId: park.id, role: 'party' }],
  signatories: [{ personId: kolganov, partyOrganizationId: center.id }, { personId: yaroshenko, partyOrganizationId: park.id }],
  directionIds,
  status: 'active',
  obligations: [
    { text: { en: 'Exchange delegations' }, responsibleOrganizationId: center.id, dueOn: day(-260) },
    { text: { en: 'Joint biotech seminar' }, responsibleOrganizationId: park.id, dueOn: day(-5) },
    { text: { en: 'Pilot project on new materials' }, responsibleOrganizationId: park.id, startsOn: day(-165), dueOn: day(199) },
  ],
  ...overrides,
});

const rowCounts = async () => {
  const db = t.connection.db;
  const [a] = await db.select({ value: count() }).from(agreements);
  const [o] = await db.select({ value: count() }).from(agreementObligations);
  const [l] = await db.select({ value: count() }).from(auditLog);
  const [d] = await db.select({ value: count() }).from(agreementDocuments);
  const [f] = await db.select({ value: count() }).from(storedFiles);
  return [a?.value, o?.value, l?.value, d?.value, f?.value];
};

async function createAgreement(overrides: Record<string, unknown> = {}) {
  const response = await coordinator.post('/api/agreements', agreementInput(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('registering an agreement', () => {
  it('keeps parties, signatories, directions and the roadmap, and derives health', async () => {
    const created = await createAgreement();
    expect(created.parties).toHaveLength(2);
    expect(created.signatories.map((s: { fullName: { ru: string } }) => s.fullName.ru).sort()).toEqual(['Александр Ярошенко', 'Евгений Колганов']);
    expect(created.directions.map((d: { code: string }) => d.code).sort()).toEqual(['biotechnology', 'medicine', 'new_materials']);
    // One overdue by 5 days, one overdue since 2025, nothing done: red.
    expect(created.health).toMatchObject({ state: 'red', obligationCount: 3, overdueCount: 2, shareDoneOnTime: 0, daysToNextDeadline: 199 });
    const roadmap = (await coordinator.get(`/api/agreements/${created.id}/obligations`)).json();
    expect(roadmap.items.map((o: { status: string }) => o.status)).toEqual(['overdue', 'overdue', 'planned']);
    const history = (await coordinator.get(`/api/agreements/${created.id}/history`)).json();
    expect(history.items[0]).toMatchObject({ action: 'create', entityType: 'agreement' });
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const before = await rowCounts();
    const refused = async (input: Record<string, unknown>, code: string, status = 400) => {
      const response = await coordinator.post('/api/agreements', agreementInput(input));
      expect([response.statusCode, response.json().code], JSON.stringify(input)).toEqual([status, code]);
    };
    await refused({ validFrom: day(10), validTo: day(9) }, 'DATES_OUT_OF_ORDER');
    await refused({ obligations: [{ text: { en: 'Too early' }, dueOn: day(-500) }] }, 'DATES_OUT_OF_ORDER');
    await refused({ obligations: [{ text: { en: 'Backwards' }, startsOn: day(30), dueOn: day(20) }] }, 'DATES_OUT_OF_ORDER');
    await refused({ signatories: [{ personId: outsiderPerson, partyOrganizationId: outsider.id }] }, 'SIGNATORY_NOT_A_PARTY');
    await refused({ signatories: [{ personId: kolganov, partyOrganizationId: park.id }] }, 'SIGNATORY_NOT_A_PARTY');
    await refused({ parties: [{ organizationId: center.id }, { organizationId: center.id, role: 'observer' }] }, 'PARTY_TWICE');
    await refused({ obligations: [{ text: { en: 'Not theirs' }, responsibleOrganizationId: outsider.id, dueOn: day(20) }] }, 'RESPONSIBLE_NOT_A_PARTY');
    await refused({ signedOn: null }, 'SIGNED_ON_REQUIRED');
    await refused({ title: { ru: '', en: null, zh: null } }, 'VALIDATION_FAILED');
    expect(await rowCounts()).toEqual(before);
  });

  it('walks the lifecycle and refuses the transitions it forbids', async () => {
    const draft = await createAgreement({ status: 'draft', signedOn: null, validFrom: null, obligations: [], number: 'TEST-LIFE' });
    const move = (status: string, extra: Record<string, unknown> = {}) => coordinator.post(`/api/agreements/${draft.id}/status`, { status, ...extra });
    const before = await rowCounts();
    expect((await move('active')).json().code).toBe('STATUS_TRANSITION_FORBIDDEN');
    expect((await move('signed')).json().code).toBe('SIGNED_ON_REQUIRED');
    expect(await rowCounts()).toEqual(before);
    expect((await move('signed', { on: day(-20) })).json()).toMatchObject({ status: 'signed', signedOn: day(-20) });
    expect((await move('active')).json().status).toBe('active');
    expect((await move('terminated')).json().code).toBe('TERMINATION_REASON_REQUIRED');
    expect((await move('terminated', { reason: 'The park was reorganized' })).json()).toMatchObject({ status: 'terminated', terminationReason: 'The park was reorganized', terminatedOn: day(0) });
    const final = await move('active');
    expect([final.statusCode, final.json().code]).toEqual([409, 'STATUS_TRANSITION_FORBIDDEN']);
    // Editing keeps the same rules: a signatory must stay with the parties.
    const edit = await coordinator.patch(`/api/agreements/${draft.id}`, { parties: [{ organizationId: center.id, role: 'party' }] });
    expect(edit.json().code).toBe('SIGNATORY_NOT_A_PARTY');
  });
});

describe('related agreements', () => {
  it('links a new agreement to the one it supersedes, shown from both sides, and refuses a link to itself', async () => {
    const old = await createAgreement({ number: 'REL-OLD', obligations: [] });
    const successor = await createAgreement({ number: 'REL-NEW', obligations: [], relations: [{ agreementId: old.id, kind: 'supersedes' }] });
    expect(successor.relations).toEqual([expect.objectContaining({ kind: 'supersedes', direction: 'outgoing', agreement: expect.objectContaining({ number: 'REL-OLD' }) })]);
    const seenFromOld = (await coordinator.get(`/api/agreements/${old.id}`)).json();
    expect(seenFromOld.relations).toEqual([expect.objectContaining({ kind: 'supersedes', direction: 'incoming', agreement: expect.objectContaining({ number: 'REL-NEW' }) })]);
    const self = await coordinator.patch(`/api/agreements/${old.id}`, { relations: [{ agreementId: old.id, kind: 'annex_of' }] });
    expect([self.statusCode, self.json().code]).toEqual([400, 'RELATION_TO_ITSELF']);
  });
});

describe('the roadmap', () => {
  it('marks an obligation done only with evidence, and lets the responsible party report it', async () => {
    const created = await createAgreement({ number: 'TEST-ROADMAP' });
    const [first, second] = (await coordinator.get(`/api/agreements/${created.id}/obligations`)).json().items;
    const url = `/api/agreements/${created.id}/obligations/${first.id}`;
    expect((await coordinator.patch(url, { status: 'done' })).json().code).toBe('EVIDENCE_REQUIRED');
    const done = (await coordinator.patch(url, { status: 'done', doneOn: day(-265), evidenceUrl: 'https://example.org/report' })).json();
    expect(done.items[0]).toMatchObject({ status: 'done', doneOn: day(-265), evidenceUrl: 'https://example.org/report' });
    expect(done.health).toMatchObject({ doneCount: 1, overdueCount: 1, shareDoneOnTime: 0.5, state: 'amber' });

    // A member of the park (responsible for the second item) reports it, but cannot reword it.
    const member = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'member', scopeOrganizationId: park.id }])).email);
    const secondUrl = `/api/agreements/${created.id}/obligations/${second.id}`;
    expect((await member.patch(secondUrl, { text: { en: 'Changed' } })).statusCode).toBe(403);
    expect((await member.patch(url, { status: 'in_progress' })).statusCode).toBe(403);
    const reported = await member.patch(secondUrl, { status: 'done', evidenceNote: 'Held in Yakutsk, 40 participants' });
    expect(reported.statusCode, reported.body).toBe(200);
    expect((await member.post(`${secondUrl}/comments`, { text: 'Photos follow' })).json().items[1].comments[0]).toMatchObject({ text: 'Photos follow' });
    expect((await coordinator.patch(secondUrl, { dueOn: day(-500) })).json().code).toBe('DATES_OUT_OF_ORDER');
    const history = (await coordinator.get(`/api/agreements/${created.id}/history`)).json().items.map((e: { action: string }) => e.action);
    expect(history).toEqual(expect.arrayContaining(['obligation_update', 'obligation_comment']));
  });

  it('computes the health filter in SQL by the same rule as the health shown', async () => {
    await createAgreement({ number: 'H-GREEN', obligations: [{ text: { en: 'Later' }, dueOn: day(170) }] });
    await createAgreement({ number: 'H-NONE', obligations: [] });
    await createAgreement({ number: 'H-AMBER', obligations: [{ text: { en: 'Just missed' }, dueOn: day(-14) }] });
    const all = (await coordinator.get('/api/agreements?pageSize=200')).json().items as { id: string; health: { state: string } }[];
    for (const state of ['green', 'amber', 'red', 'none']) {
      const filtered = (await coordinator.get(`/api/agreements?pageSize=200&health=${state}`)).json().items.map((a: { id: string }) => a.id).sort();
      expect(filtered, state).toEqual(all.filter((a) => a.health.state === state).map((a) => a.id).sort());
      expect(filtered.length, state).toBeGreaterThan(0);
    }
  });

  it('lists overdue and upcoming deadlines across agreements', async () => {
    const deadlines = (await coordinator.get('/api/obligations/deadlines?days=30')).json();
    expect(deadlines.overdue.length).toBeGreaterThan(0);
    expect(deadlines.overdue.every((d: { daysLeft: number; obligation: { status: string } }) => d.daysLeft < 0 && d.obligation.status === 'overdue')).toBe(true);
    expect(deadlines.upcoming.every((d: { daysLeft: number }) => d.daysLeft >= 0 && d.daysLeft <= 30)).toBe(true);
  });
});

describe('reading rights', () => {
  it('shows anonymous visitors the published summary only, and analysts no confidential agreement', async () => {
    const open = await createAgreement({ number: 'TEST-PUBLIC' });
    const secret = await createAgreement({ number: 'TEST-SECRET', confidential: true });
    const anonymous = new TestClient(t.app);
    const summary = (await anonymous.get(`/api/agreements/${open.id}`)).json();
    expect(summary.signatories).toEqual([]);
    expect(summary.health).toBeNull();
    expect((await anonymous.get(`/api/agreements/${open.id}/obligations`)).statusCode).toBe(401);
    expect((await anonymous.get(`/api/agreements/${secret.id}`)).statusCode).toBe(404);
    const analyst = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'analyst' }])).email);
    expect((await analyst.get(`/api/agreements/${open.id}/obligations`)).statusCode).toBe(200);
    expect((await analyst.get(`/api/agreements/${secret.id}`)).statusCode).toBe(404);
    const numbers = (await analyst.get('/api/agreements?pageSize=200')).json().items.map((a: { number: string }) => a.number);
    expect(numbers).toContain('TEST-PUBLIC');
    expect(numbers).not.toContain('TEST-SECRET');
  });
});
