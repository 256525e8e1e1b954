import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createUser, testPassword } from '../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../test-support/test-app';
import { createLogger } from './logger';

const lines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  // The most talkative level, so anything that could leak would be written.
  const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
  t = await createTestApp((app) => {
    // A refusal whose database error quotes the row: a duplicate e-mail of a person.
    app.post('/test/duplicate-email', async () => {
      const person = { email: 'leak.check@example.org', fullName: 'Лик Проверкин' };
      for (let i = 0; i < 2; i++) await t.connection.db.execute(sql`insert into users (email, full_name, password_hash) values (${person.email}, ${person.fullName}, 'x')`);
      return {};
    });
  }, { logger });
});
afterAll(async () => t.close());

describe('what the log holds', () => {
  it('never a password, a session, a CSRF token, an API token or the personal data of a failed write', async () => {
    const user = await createUser(t.connection.db, [{ role: 'coordinator' }]);
    const organization = await createOrganization(t.connection.db);
    const start = await t.app.inject({ method: 'GET', url: '/api/auth/csrf' });
    const csrf = start.json().token as string;
    const signIn = (password: string) => t.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: user.email, password },
      headers: { 'x-csrf-token': csrf }, cookies: Object.fromEntries(start.cookies.map((c) => [c.name, c.value])),
    });
    await signIn('wrong-password-4711');
    const session = (await signIn(testPassword)).cookies.find((c) => c.name === 'nb_session')!.value;
    const client = await new TestClient(t.app).login(user.email);
    const token = (await client.post('/api/auth/tokens', { name: 'script' })).json().token as string;
    await new TestClient(t.app, token).get('/api/auth/me');
    await client.post('/api/auth/password', { currentPassword: testPassword, newPassword: 'new-secret-password-0815' });
    await client.post(`/api/organizations/${organization.id}/contacts`, { fullName: { ru: 'Тайна Личная' }, email: 'private.person@example.org', phone: '+79991234567' });
    const fault = await client.post('/test/duplicate-email', {});
    expect([fault.statusCode, fault.json().code]).toEqual([409, 'CONFLICT']);

    const log = lines.join('');
    expect(log).toContain('refused by a database constraint'); // the refusal itself is logged…
    expect(log).toContain('users_email_unique'); // …with what failed,
    for (const secret of [testPassword, 'wrong-password-4711', 'new-secret-password-0815', session, csrf, token, 'leak.check@example.org', 'Лик Проверкин', 'private.person@example.org', '+79991234567']) {
      expect(log, `the log holds ${secret.slice(0, 6)}…`).not.toContain(secret); // …but not what it was about
    }
  });
});
