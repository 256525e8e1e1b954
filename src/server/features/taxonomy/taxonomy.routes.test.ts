import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, directions, organizationDirections } from '../../db/schema/index';
import { createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let admin: TestClient;
let coordinator: TestClient;
let anonymous: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'admin' }])).email);
  coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
  anonymous = new TestClient(t.app);
});
afterAll(async () => t.close());

const db = () => t.connection.db;
const idOf = async (code: string) => (await db().select({ id: directions.id }).from(directions).where(eq(directions.code, code)))[0]!.id;
const labels = (name: string) => ({ ru: `Направление ${name}`, en: `Direction ${name}`, zh: `方向${name}` });
let codeCounter = 0;
const newDirection = (overrides: Record<string, unknown> = {}) => ({ code: `test_direction_${++codeCounter}`, label: labels(String(codeCounter)), fordCode: '2.09', ...overrides });
const auditOf = (id: string) => db().select().from(auditLog).where(and(eq(auditLog.entityType, 'direction'), eq(auditLog.entityId, id)));

describe('reading the taxonomy', () => {
  it('is open to anonymous callers, labelled in three languages, without usage figures', async () => {
    const response = await anonymous.get('/api/taxonomy');
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.length).toBeGreaterThanOrEqual(150);
    const vision = items.find((d: { code: string }) => d.code === 'computer_vision');
    expect(vision).toMatchObject({ label: { zh: '计算机视觉' }, fordCode: '1.02', okvedSection: 'J', active: true, usage: null });
    expect(vision.parentId).toBe(await idOf('artificial_intelligence'));
    expect((await anonymous.get(`/api/taxonomy/${vision.id}`)).json().code).toBe('computer_vision');
  });

  it('shows deactivated directions and usage only to administrators', async () => {
    expect((await anonymous.get('/api/taxonomy?includeInactive=true')).statusCode).toBe(401);
    expect((await coordinator.get('/api/taxonomy?includeInactive=true')).statusCode).toBe(403);
    const { items } = (await admin.get('/api/taxonomy?includeInactive=true')).json();
    expect(items.every((d: { usage: unknown }) => d.usage !== null)).toBe(true);
  });

  it('keeps GET /api/directions as it was', async () => {
    const { items } = (await anonymous.get('/api/directions')).json();
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(items[0]).sort()).toEqual(['code', 'id', 'label', 'parentId']);
  });

  it('answers 404 for an unknown id', async () => {
    expect((await anonymous.get('/api/taxonomy/00000000-0000-4000-8000-000000000000')).json().code).toBe('NOT_FOUND');
  });
});

describe('creating a direction', () => {
  it('adds a child with three labels, places it after its siblings, and audits it', async () => {
    const parentId = await idOf('game_development');
    const response = await admin.post('/api/taxonomy', newDirection({ code: 'vr_games', parentId, okvedSection: 'J', description: { ru: 'Игры для VR.', en: '', zh: null } }));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ code: 'vr_games', parentId, okvedSection: 'J', active: true, description: { ru: 'Игры для VR.', en: null, zh: null } });
    const siblings = (await anonymous.get('/api/taxonomy')).json().items.filter((d: { parentId: string }) => d.parentId === parentId);
    expect(siblings.at(-1).code).toBe('vr_games');
    expect(await auditOf(created.id)).toMatchObject([{ action: 'create' }]);
  });

  it('requires every label in all three languages and names the missing field', async () => {
    const before = await db().select().from(directions);
    const missing = await admin.post('/api/taxonomy', newDirection({ label: { ru: 'Без китайского', en: 'No Chinese' } }));
    expect([missing.statusCode, missing.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(missing.json().details.issues.map((i: { path: string }) => i.path)).toEqual(['body.label.zh']);
    const blank = await admin.post('/api/taxonomy', newDirection({ label: { ru: 'Пусто', en: 'Blank', zh: '   ' } }));
    expect(blank.json().details.issues[0]).toMatchObject({ path: 'body.label.zh', kind: 'too_small' });
    expect(await db().select().from(directions)).toHaveLength(before.length);
  });

  it('checks the FORD field, the ОКВЭД2 section, the code and the parent', async () => {
    const paths = async (payload: unknown) => (await admin.post('/api/taxonomy', payload)).json().details.issues.map((i: { path: string }) => i.path);
    expect(await paths(newDirection({ fordCode: '2.99' }))).toEqual(['body.fordCode']);
    expect(await paths(newDirection({ fordCode: 'biology' }))).toEqual(['body.fordCode']);
    expect(await paths(newDirection({ okvedSection: 'Z' }))).toEqual(['body.okvedSection']);
    expect(await paths(newDirection({ code: 'Has Spaces' }))).toEqual(['body.code']);
    expect(await paths(newDirection({ parentId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['body.parentId']);
    const taken = await admin.post('/api/taxonomy', newDirection({ code: 'software' }));
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'DIRECTION_CODE_TAKEN']);
  });

  it('is refused to a coordinator and to anonymous callers', async () => {
    expect((await coordinator.post('/api/taxonomy', newDirection())).statusCode).toBe(403);
    expect((await anonymous.post('/api/taxonomy', newDirection())).statusCode).toBe(401);
  });
});

describe('editing a direction', () => {
  it('moves and relabels, recording before and after', async () => {
    const id = (await admin.post('/api/taxonomy', newDirection())).json().id;
    const parentId = await idOf('design');
    const response = await admin.patch(`/api/taxonomy/${id}`, { parentId, label: labels('moved'), fordCode: '6.04', okvedSection: null });
    expect(response.json()).toMatchObject({ parentId, label: labels('moved'), fordCode: '6.04', okvedSection: null });
    const entries = await auditOf(id);
    expect(entries.at(-1)?.changes.labelZh).toEqual({ before: `方向${codeCounter}`, after: '方向moved' });
  });

  it('refuses a move that would make a cycle', async () => {
    const highTech = await idOf('high_tech');
    const underItsGrandchild = await admin.patch(`/api/taxonomy/${highTech}`, { parentId: await idOf('computer_vision') });
    expect([underItsGrandchild.statusCode, underItsGrandchild.json().code]).toEqual([400, 'DIRECTION_CYCLE']);
    const underItself = await admin.patch(`/api/taxonomy/${highTech}`, { parentId: highTech });
    expect(underItself.json().code).toBe('DIRECTION_CYCLE');
    expect((await anonymous.get(`/api/taxonomy/${highTech}`)).json().parentId).toBeNull();
  });

  it('never changes the code', async () => {
    const response = await admin.patch(`/api/taxonomy/${await idOf('music')}`, { code: 'sound' });
    expect(response.json().details.issues[0]).toMatchObject({ kind: 'unrecognized_keys' });
  });

  it('deactivates a whole branch, hides it from the public list, and keeps children inactive until the parent returns', async () => {
    const energy = await idOf('renewable_energy');
    const solar = await idOf('solar_energy');
    expect((await admin.patch(`/api/taxonomy/${energy}`, { active: false })).json().active).toBe(false);
    const publicCodes = (await anonymous.get('/api/taxonomy')).json().items.map((d: { code: string }) => d.code);
    expect(publicCodes).not.toContain('renewable_energy');
    expect(publicCodes).not.toContain('solar_energy');
    expect((await anonymous.get(`/api/taxonomy/${solar}`)).json().active).toBe(false);
    expect(await auditOf(solar)).toMatchObject([{ action: 'deactivate' }]);
    const orphan = await admin.patch(`/api/taxonomy/${solar}`, { active: true });
    expect([orphan.statusCode, orphan.json().code]).toEqual([400, 'DIRECTION_PARENT_INACTIVE']);
    expect((await admin.patch(`/api/taxonomy/${energy}`, { active: true })).json().active).toBe(true);
    expect((await admin.patch(`/api/taxonomy/${solar}`, { active: true })).json().active).toBe(true);
  });

  it('is refused to a coordinator', async () => {
    expect((await coordinator.patch(`/api/taxonomy/${await idOf('music')}`, { active: false })).statusCode).toBe(403);
  });
});

describe('deleting a direction', () => {
  it('refuses while organizations use it, saying how many', async () => {
    const organization = await createOrganization(db());
    const id = (await admin.post('/api/taxonomy', newDirection())).json().id;
    await db().insert(organizationDirections).values({ organizationId: organization.id, directionId: id });
    const response = await admin.delete(`/api/taxonomy/${id}`);
    expect([response.statusCode, response.json().code, response.json().details]).toEqual([409, 'DIRECTION_IN_USE', { organizations: 1, agreements: 0 }]);
    expect((await admin.get(`/api/taxonomy/${id}`)).json().usage).toEqual({ organizations: 1, agreements: 0 });
  });

  it('refuses a direction with children and a direction of the curated list', async () => {
    const parent = (await admin.post('/api/taxonomy', newDirection())).json().id;
    await admin.post('/api/taxonomy', newDirection({ parentId: parent }));
    expect((await admin.delete(`/api/taxonomy/${parent}`)).json().code).toBe('DIRECTION_HAS_CHILDREN');
    const curated = await admin.delete(`/api/taxonomy/${await idOf('quantum_technologies')}`);
    expect([curated.statusCode, curated.json().code]).toEqual([409, 'DIRECTION_CURATED']);
  });

  it('deletes an unused direction an administrator added, audited; a coordinator may not', async () => {
    const id = (await admin.post('/api/taxonomy', newDirection())).json().id;
    expect((await coordinator.delete(`/api/taxonomy/${id}`)).statusCode).toBe(403);
    expect((await admin.delete(`/api/taxonomy/${id}`)).statusCode).toBe(204);
    expect((await anonymous.get(`/api/taxonomy/${id}`)).statusCode).toBe(404);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });
});
