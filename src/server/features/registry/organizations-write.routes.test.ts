import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, ecosystemMemberships, organizations, persons } from '../../db/schema/index';
import { addMembership, createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let coordinator: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
});
afterAll(async () => t.close());

const organizationCount = async () => (await t.connection.db.select({ id: organizations.id }).from(organizations)).length;
const company = (overrides: Record<string, unknown> = {}) => ({ name: { ru: null, en: null, zh: null }, kind: 'company', country: 'RU', ...overrides });

describe('creating organizations', () => {
  it('creates one with identifiers, activity codes and directions, audited', async () => {
    const directions = (await coordinator.get('/api/directions')).json().items;
    const response = await coordinator.post('/api/organizations', company({
      name: { ru: 'ООО «Северные биотехнологии»', en: 'Northern Biotechnologies LLC', zh: '北方生物技术有限公司' },
      city: { ru: 'Якутск', en: 'Yakutsk', zh: '雅库茨克' },
      identifiers: [{ scheme: 'inn', value: '7707 083 893' }, { scheme: 'ogrn', value: '1027700132195' }],
      activityCodes: { main: '72.11', additional: ['21.20'] },
      directionIds: [directions[0].id],
      privateFigures: { headcount: 42 },
    }));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.identifiers).toEqual([{ scheme: 'inn', country: 'RU', value: '7707083893' }, { scheme: 'ogrn', country: 'RU', value: '1027700132195' }]);
    expect(created.activityCodes.map((c: { code: string; isMain: boolean }) => [c.code, c.isMain])).toEqual([['72.11', true], ['21.20', false]]);
    expect(created.city).toEqual({ ru: 'Якутск', en: 'Yakutsk', zh: '雅库茨克' });
    expect(created.privateFigures.headcount).toBe(42);
    const [row] = await t.connection.db.select().from(organizations).where(eq(organizations.id, created.id));
    expect(row?.nameLatin).toContain('severne bioteknologi');
    expect(row?.searchTermsZh).toContain('生物');
    const [entry] = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(entry?.changes.identifiers).toEqual({ before: null, after: ['inn:7707083893', 'ogrn:1027700132195'] });
    expect(entry?.changes.directions).toEqual({ before: null, after: [directions[0].code] });
  });

  it('refuses a bad checksum, a missing name, an unknown ОКВЭД2 code, an unknown country — writing nothing', async () => {
    const before = await organizationCount();
    const badInn = await coordinator.post('/api/organizations', company({ name: { ru: 'Тест', en: null, zh: null }, identifiers: [{ scheme: 'inn', value: '7707083894' }] }));
    expect(badInn.statusCode).toBe(400);
    expect(badInn.json().details.issues[0]).toMatchObject({ path: 'body.identifiers.0.value', kind: 'invalid_identifier' });
    const noName = await coordinator.post('/api/organizations', company());
    expect(noName.json().details.issues[0]).toMatchObject({ path: 'body.name', kind: 'name_required' });
    const badCode = await coordinator.post('/api/organizations', company({ name: { ru: 'Тест кодов', en: null, zh: null }, activityCodes: { main: '99.99', additional: [] }, confirmNotDuplicate: true }));
    expect([badCode.statusCode, badCode.json().code, badCode.json().details.codes]).toEqual([400, 'UNKNOWN_ACTIVITY_CODE', ['99.99']]);
    const badCountry = await coordinator.post('/api/organizations', company({ name: { ru: 'Тест страны', en: null, zh: null }, country: 'XX', confirmNotDuplicate: true }));
    expect([badCountry.statusCode, badCountry.json().details.issues[0]]).toEqual([400, expect.objectContaining({ path: 'body.country', kind: 'invalid_value' })]);
    expect(await organizationCount()).toBe(before);
  });

  it('refuses an identifier another organization holds, naming it', async () => {
    const holder = (await coordinator.post('/api/organizations', company({ name: { en: 'Belarusbank', ru: null, zh: null }, country: 'BY', identifiers: [{ scheme: 'unp', value: '100582333' }], confirmNotDuplicate: true }))).json();
    const second = await coordinator.post('/api/organizations', company({ name: { en: 'Someone else', ru: null, zh: null }, country: 'BY', identifiers: [{ scheme: 'unp', value: '100582333' }], confirmNotDuplicate: true }));
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'IDENTIFIER_TAKEN', details: { scheme: 'unp', existing: { id: holder.id, name: { en: 'Belarusbank' } } } });
  });

  it('warns of a likely duplicate across scripts, and creates it once confirmed', async () => {
    await coordinator.post('/api/organizations', company({ name: { ru: 'Великий камень', en: null, zh: null }, kind: 'industrial_park', country: 'BY', confirmNotDuplicate: true }));
    const before = await organizationCount();
    const warned = await coordinator.post('/api/organizations', company({ name: { en: 'Velikiy Kamen', ru: null, zh: null }, country: 'BY' }));
    expect(warned.statusCode).toBe(409);
    expect(warned.json().code).toBe('POSSIBLE_DUPLICATE');
    expect(warned.json().details.candidates[0]).toMatchObject({ name: { ru: 'Великий камень' }, reason: 'similar_name' });
    expect(await organizationCount()).toBe(before);
    const hints = (await coordinator.post('/api/organizations/duplicates', { name: { en: "Velikij kamen'", ru: null, zh: null } })).json();
    expect(hints.candidates[0].name.ru).toBe('Великий камень');
    const confirmed = await coordinator.post('/api/organizations', company({ name: { en: 'Velikiy Kamen', ru: null, zh: null }, country: 'BY', confirmNotDuplicate: true }));
    expect(confirmed.statusCode).toBe(201);
  });
});

describe('editing and merging', () => {
  it('lets a member edit their own organization and records before → after', async () => {
    const own = await createOrganization(t.connection.db, { nameEn: 'Member Company' });
    const member = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'member', scopeOrganizationId: own.id }])).email);
    const response = await member.patch(`/api/organizations/${own.id}`, { website: 'https://member.example', privateFigures: { revenueRub: 1_500_000 } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ website: 'https://member.example', privateFigures: { revenueRub: 1_500_000 } });
    const entries = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, own.id));
    expect(entries.at(-1)?.changes).toMatchObject({ website: { before: null, after: 'https://member.example' }, revenueRub: { before: null, after: 1_500_000 } });
    const history = (await member.get(`/api/organizations/${own.id}/history`)).json();
    expect(history.items[0].changes.website.after).toBe('https://member.example');
  });

  it('merges a duplicate: memberships, contacts and identifiers move, the duplicate goes, both sides audited', async () => {
    const park = await createEcosystem(t.connection.db);
    const keep = await createOrganization(t.connection.db, { nameEn: 'Keep Me' });
    const duplicate = (await coordinator.post('/api/organizations', company({ name: { en: 'Keep Me Ltd', ru: null, zh: null }, identifiers: [{ scheme: 'inn', value: '500100732259' }], confirmNotDuplicate: true }))).json();
    await addMembership(t.connection.db, park.id, duplicate.id);
    await t.connection.db.insert(persons).values({ fullNameEn: 'A Contact', organizationId: duplicate.id });
    const response = await coordinator.post(`/api/organizations/${duplicate.id}/merge`, { intoId: keep.id });
    expect(response.statusCode).toBe(200);
    expect(response.json().identifiers).toEqual([{ scheme: 'inn', country: 'RU', value: '500100732259' }]);
    expect(response.json().memberships.map((m: { ecosystemId: string }) => m.ecosystemId)).toEqual([park.id]);
    expect((await t.connection.db.select().from(persons).where(eq(persons.organizationId, keep.id)))).toHaveLength(1);
    expect((await coordinator.get(`/api/organizations/${duplicate.id}`)).statusCode).toBe(404);
    expect(await t.connection.db.select().from(ecosystemMemberships).where(eq(ecosystemMemberships.organizationId, duplicate.id))).toHaveLength(0);
    const actions = (await t.connection.db.select().from(auditLog)).filter((e) => [keep.id, duplicate.id].includes(e.entityId)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['merge_away', 'merge_into']));
    expect((await coordinator.post(`/api/organizations/${keep.id}/merge`, { intoId: keep.id })).json().code).toBe('MERGE_INTO_ITSELF');
  });
});
