import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema/index';
import { createUser } from '../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../test-support/test-app';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp((app) => {
    app.get('/api/test-only-crash', { schema: { hide: true } }, async () => { throw new Error('secret internals at /srv/app.ts:42'); });
    // A write that forgot to check its reference first: the database refuses it.
    app.get('/api/test-only-dangling-reference', { schema: { hide: true } }, async () => {
      await t.connection.db.execute(sql`insert into organization_directions (organization_id, direction_id) values (${randomUUID()}, ${randomUUID()})`);
      return {};
    });
  });
  admin = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'admin' }])).email);
});
afterAll(async () => t.close());

const userCount = async () => (await t.connection.db.select().from(users)).length;

describe('API conventions', () => {
  it('answers malformed JSON with MALFORMED_JSON and writes nothing', async () => {
    const before = await userCount();
    const response = await admin.request({ method: 'POST', url: '/api/users', payload: '{"email": ', headers: { 'content-type': 'application/json' } });
    expect([response.statusCode, response.json().code]).toEqual([400, 'MALFORMED_JSON']);
    expect(await userCount()).toBe(before);
  });

  it('answers wrong types with field paths', async () => {
    const response = await admin.post('/api/users', { email: 42, fullName: ['x'], password: true });
    expect(response.statusCode).toBe(400);
    const paths = response.json().details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.fullName', 'body.password']));
  });

  it('refuses bodies over the limit with PAYLOAD_TOO_LARGE', async () => {
    const response = await admin.post('/api/users', { email: 'a@b.org', fullName: 'x'.repeat(1_100_000), password: 'long-enough-1' });
    expect([response.statusCode, response.json().code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('refuses invalid ids with a code', async () => {
    const response = await admin.get('/api/users/not-a-uuid');
    expect([response.statusCode, response.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(response.json().details.issues[0].path).toBe('params.id');
  });

  it('answers a URL that does not decode (invalid UTF-8) with the error contract', async () => {
    const response = await admin.get('/api/users/%ED%A0%80');
    expect([response.statusCode, response.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(response.json().details.reason).toBe('FST_ERR_BAD_URL');
    expect(typeof response.json().message).toBe('string');
  });

  it('refuses NUL characters in a body or a query as invalid values, before anything runs', async () => {
    const body = await admin.post('/api/import-presets', { name: 'NUL\u0000inside', kind: 'organizations', mapping: {} });
    expect([body.statusCode, body.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(body.json().details.issues).toEqual([expect.objectContaining({ path: 'body.name', kind: 'invalid_value' })]);
    expect((await admin.get('/api/import-presets')).json().items).toEqual([]);
    const query = await admin.get('/api/organizations?q=a%00b');
    expect(query.json().details.issues[0].path).toBe('querystring.q');
  });

  it('refuses a wrong content type', async () => {
    const response = await admin.request({ method: 'POST', url: '/api/users', payload: 'email=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect([response.statusCode, response.json().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('answers unknown API paths with ROUTE_NOT_FOUND in the caller\'s language', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': 'ru' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'ROUTE_NOT_FOUND', message: 'Такого метода API нет.' });
  });

  it('answers what only the database refused as a refusal with a code, not a fault', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/test-only-dangling-reference' });
    expect([missing.statusCode, missing.json().code, missing.json().details.reason]).toEqual([400, 'REFERENCE_NOT_FOUND', 'database_constraint']);
  });

  it('never sends a stack trace on a server error', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/test-only-crash' });
    expect(response.statusCode).toBe(500);
    expect(response.json().code).toBe('INTERNAL');
    expect(response.body).not.toContain('secret internals');
    expect(response.body).not.toContain('app.ts');
  });

  it('sends security headers, a CSP the app passes, no framing', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(response.json()).toMatchObject({ status: 'ok', database: { reachable: true } });
    expect(response.json().migrations.applied).toBeGreaterThanOrEqual(2);
  });
});
