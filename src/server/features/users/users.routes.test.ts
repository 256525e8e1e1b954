import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema/index';
import { createEcosystem, createOrganization, createUser, testPassword } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'admin' }])).email);
});
afterAll(async () => t.close());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `new-${Math.random().toString(36).slice(2)}@test.local`,
  fullName: 'Анна Иванова',
  password: 'a-long-enough-password',
  ...overrides,
});

describe('user administration', () => {
  it('creates a park manager scoped to an ecosystem, audited in the same transaction', async () => {
    const park = await createEcosystem(t.connection.db, { shortNameRu: 'Великий камень' });
    const response = await admin.post('/api/users', newUser({ roles: [{ role: 'park_manager', scopeOrganizationId: park.id }] }));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.roles).toEqual([{ role: 'park_manager', scopeOrganizationId: park.id, scopeName: { ru: 'Великий камень', en: park.nameEn, zh: null } }]);
    const [entry] = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(entry).toMatchObject({ action: 'create', entityType: 'user' });
    expect(JSON.stringify(entry?.changes)).not.toContain('a-long-enough-password');
    const login = await new TestClient(t.app).post('/api/auth/login', { email: created.email, password: 'a-long-enough-password' });
    expect(login.statusCode).toBe(200);
  });

  it('refuses a park manager scoped to a company, a member without scope, and a taken email — writing nothing', async () => {
    const company = await createOrganization(t.connection.db);
    const existing = await createUser(t.connection.db);
    const before = await t.connection.db.select().from(users);
    const notEcosystem = await admin.post('/api/users', newUser({ roles: [{ role: 'park_manager', scopeOrganizationId: company.id }] }));
    expect([notEcosystem.statusCode, notEcosystem.json().code]).toEqual([400, 'SCOPE_NOT_ECOSYSTEM']);
    const noScope = await admin.post('/api/users', newUser({ roles: [{ role: 'member', scopeOrganizationId: null }] }));
    expect([noScope.statusCode, noScope.json().code]).toEqual([400, 'SCOPE_REQUIRED']);
    const taken = await admin.post('/api/users', newUser({ email: existing.email }));
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'EMAIL_TAKEN']);
    expect(await t.connection.db.select().from(users)).toHaveLength(before.length);
  });

  it('rejects fields a client may not set', async () => {
    const response = await admin.post('/api/users', newUser({ passwordHash: 'x', id: '00000000-0000-0000-0000-000000000000' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().details.issues[0]).toMatchObject({ kind: 'unrecognized_keys' });
  });

  it('deactivates a user, which ends their sessions at once', async () => {
    const user = await createUser(t.connection.db, [{ role: 'analyst' }]);
    const session = await new TestClient(t.app).login(user.email);
    expect((await session.get('/api/dashboard')).statusCode).toBe(200);
    const response = await admin.patch(`/api/users/${user.id}`, { active: false });
    expect(response.json().active).toBe(false);
    expect((await session.get('/api/dashboard')).statusCode).toBe(401);
    const relogin = await new TestClient(t.app).post('/api/auth/login', { email: user.email, password: testPassword });
    expect(relogin.json().code).toBe('ACCOUNT_DEACTIVATED');
  });

  it('does not let the admin deactivate themselves', async () => {
    const me = (await admin.get('/api/auth/me')).json().user;
    const response = await admin.patch(`/api/users/${me.id}`, { active: false });
    expect(response.json().code).toBe('CANNOT_DEACTIVATE_SELF');
  });

  it('replaces roles and records before and after', async () => {
    const org = await createOrganization(t.connection.db);
    const user = await createUser(t.connection.db, [{ role: 'analyst' }]);
    const response = await admin.patch(`/api/users/${user.id}`, { roles: [{ role: 'member', scopeOrganizationId: org.id }, { role: 'member', scopeOrganizationId: org.id }] });
    expect(response.json().roles).toHaveLength(1);
    const entries = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(entries.at(-1)?.changes.roles).toEqual({ before: [{ role: 'analyst', scopeOrganizationId: null }], after: [{ role: 'member', scopeOrganizationId: org.id }] });
  });

  it('resets a password', async () => {
    const user = await createUser(t.connection.db);
    expect((await admin.post(`/api/users/${user.id}/password`, { newPassword: 'reset-by-the-admin' })).statusCode).toBe(204);
    await new TestClient(t.app).login(user.email, 'reset-by-the-admin');
  });

  it('lists with search and paging', async () => {
    await createUser(t.connection.db, [], { fullName: 'Searchable Person Zeta' });
    const page = (await admin.get('/api/users?q=zeta&pageSize=5')).json();
    expect(page.total).toBe(1);
    expect(page.items[0].fullName).toBe('Searchable Person Zeta');
    expect((await admin.get('/api/users?pageSize=500')).json().code).toBe('VALIDATION_FAILED');
  });
});
