import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index';
import { createUser, testPassword } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t.close());

describe('sign-in and sessions', () => {
  it('signs in, reports the user, and signs out', async () => {
    const user = await createUser(t.connection.db, [{ role: 'coordinator' }]);
    const client = new TestClient(t.app);
    const login = await client.post('/api/auth/login', { email: user.email.toUpperCase(), password: testPassword });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'nb_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(login.json()).toMatchObject({ email: user.email, roles: [{ role: 'coordinator', scopeOrganizationId: null }] });
    expect(login.body).not.toContain('passwordHash');

    expect((await client.get('/api/auth/me')).json().user.id).toBe(user.id);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).json().user).toBeNull();
  });

  it('refuses a wrong password with a code and a localized message', async () => {
    const user = await createUser(t.connection.db);
    const client = new TestClient(t.app);
    const response = await client.request({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'wrong' }, headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: '电子邮件或密码错误。' });
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser(t.connection.db, [], { active: false });
    const response = await new TestClient(t.app).post('/api/auth/login', { email: user.email, password: testPassword });
    expect(response.json().code).toBe('ACCOUNT_DEACTIVATED');
  });

  it('limits failed attempts per account with 429 and Retry-After', async () => {
    const user = await createUser(t.connection.db);
    const client = new TestClient(t.app);
    for (let i = 0; i < 10; i++) {
      expect((await client.post('/api/auth/login', { email: user.email, password: `wrong-${i}` })).statusCode).toBe(401);
    }
    const limited = await client.post('/api/auth/login', { email: user.email, password: testPassword });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits failed attempts per client address, and only failures count there', async () => {
    const office = { remoteAddress: '198.51.100.7' };
    const colleague = await createUser(t.connection.db);
    const client = new TestClient(t.app);
    const attempt = (email: string, password: string, from = office) =>
      client.request({ method: 'POST', url: '/api/auth/login', payload: { email, password }, ...from });
    // Forty successful sign-ins from one address (an office behind one gateway) are never held back.
    for (let i = 0; i < 40; i++) expect((await attempt(colleague.email, testPassword)).statusCode).toBe(200);
    // Thirty failures over many accounts lock the address, for a correct password too…
    for (let i = 0; i < 30; i++) expect((await attempt(`guess-${i}@test.local`, 'x')).statusCode).toBe(401);
    const locked = await attempt(colleague.email, testPassword);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // …but not the same account from elsewhere.
    expect((await attempt(colleague.email, testPassword, { remoteAddress: '203.0.113.9' })).statusCode).toBe(200);
  });

  it('limits sign-in requests per client address as a flood guard', async () => {
    const limited = await createTestApp(undefined, { loginAttemptsPerMinute: 3 });
    try {
      const client = new TestClient(limited.app);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await client.post('/api/auth/login', { email: `nobody-${i}@test.local`, password: 'x' })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('rejects a cookie-authenticated write without the CSRF token', async () => {
    const user = await createUser(t.connection.db);
    const client = await new TestClient(t.app).login(user.email);
    const response = await client.request({ method: 'POST', url: '/api/auth/tokens', payload: { name: 'x' }, csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_TOKEN_INVALID');
    expect((await client.get('/api/auth/tokens')).json().items).toHaveLength(0);
  });

  it('changes the password, ends the old sessions, and audits without the secret', async () => {
    const user = await createUser(t.connection.db);
    const client = await new TestClient(t.app).login(user.email);
    const wrong = await client.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a-new-long-password' });
    expect(wrong.json().code).toBe('WRONG_CURRENT_PASSWORD');
    const short = await client.post('/api/auth/password', { currentPassword: testPassword, newPassword: 'short' });
    expect(short.json().code).toBe('VALIDATION_FAILED');
    expect(short.json().details.issues[0].path).toBe('body.newPassword');
    expect((await client.post('/api/auth/password', { currentPassword: testPassword, newPassword: 'a-new-long-password' })).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).json().user).toBeNull();
    await new TestClient(t.app).login(user.email, 'a-new-long-password');
    const entries = await t.connection.db.select().from(auditLog);
    expect(JSON.stringify(entries)).not.toContain('a-new-long-password');
  });
});

describe('personal API tokens', () => {
  it('are shown once, work as Bearer without CSRF, and stop working when revoked', async () => {
    const user = await createUser(t.connection.db, [{ role: 'analyst' }]);
    const client = await new TestClient(t.app).login(user.email);
    const created = await client.post('/api/auth/tokens', { name: 'reporting script' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^nbt_/);
    expect(JSON.stringify((await client.get('/api/auth/tokens')).json())).not.toContain(token);

    const machine = new TestClient(t.app, token);
    expect((await machine.get('/api/auth/me')).json().user.id).toBe(user.id);
    expect((await machine.post('/api/auth/tokens', { name: 'second' })).statusCode).toBe(201);

    expect((await client.delete(`/api/auth/tokens/${id}`)).statusCode).toBe(204);
    expect((await machine.get('/api/auth/me')).json().user).toBeNull();
    expect((await machine.get('/api/dashboard')).statusCode).toBe(401);
  });

  it('cannot be revoked by another user', async () => {
    const owner = await new TestClient(t.app).login((await createUser(t.connection.db)).email);
    const { id } = (await owner.post('/api/auth/tokens', { name: 'mine' })).json();
    const other = await new TestClient(t.app).login((await createUser(t.connection.db)).email);
    expect((await other.delete(`/api/auth/tokens/${id}`)).statusCode).toBe(404);
    expect((await owner.get('/api/auth/tokens')).json().items[0].revokedAt).toBeNull();
  });
});
