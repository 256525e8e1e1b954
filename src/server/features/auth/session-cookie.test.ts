import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, testPassword } from '../../test-support/factories';
import { createTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Jar = Record<string, string>;
/** Signs in the way a browser does, with whatever cookies the jar holds; returns the jar after. */
async function signIn(email: string, jar: Jar = {}) {
  const csrf = await t.app.inject({ method: 'GET', url: '/api/auth/csrf', cookies: jar });
  const cookies = { ...jar, ...Object.fromEntries(csrf.cookies.map((c) => [c.name, c.value])) };
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: testPassword }, headers: { 'x-csrf-token': csrf.json().token }, cookies });
  const session = response.cookies.find((c) => c.name === 'nb_session');
  return { response, session, jar: { ...cookies, ...(session ? { nb_session: session.value } : {}) } };
}
/** The e-mail of whoever the session cookie signs in, or null for nobody. */
const whoIs = async (sessionValue: string) => {
  const body = (await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { nb_session: sessionValue } })).json();
  return (body.user?.email ?? body.email ?? null) as string | null;
};

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, and a long random value', async () => {
    const user = await createUser(t.connection.db, [{ role: 'analyst' }]);
    const { session } = await signIn(user.email);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session?.secure).toBeFalsy(); // plain HTTP on loopback in this test
    expect(session?.value).toMatch(/^[A-Za-z0-9_-]{32,}$/);
  });

  it('is Secure when the app is configured for HTTPS', async () => {
    const secureApp = await createTestApp(undefined, { cookieSecure: true });
    try {
      const user = await createUser(secureApp.connection.db, [{ role: 'analyst' }]);
      const csrf = await secureApp.app.inject({ method: 'GET', url: '/api/auth/csrf' });
      const response = await secureApp.app.inject({
        method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: testPassword },
        headers: { 'x-csrf-token': csrf.json().token }, cookies: Object.fromEntries(csrf.cookies.map((c) => [c.name, c.value])),
      });
      expect(response.cookies.find((c) => c.name === 'nb_session')).toMatchObject({ secure: true, httpOnly: true });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await secureApp.close();
    }
  });

  it('cannot be fixed by an attacker: a planted value is never adopted, the session is new at every sign-in', async () => {
    const user = await createUser(t.connection.db, [{ role: 'analyst' }]);
    const planted = 'attacker-chosen-session-value-0000000000';
    const { session } = await signIn(user.email, { nb_session: planted });
    expect(session?.value).not.toBe(planted);
    expect(await whoIs(planted)).toBeNull();
    const again = await signIn(user.email);
    expect(again.session?.value).not.toBe(session?.value);
  });

  it('ends the session it replaces when someone signs in over it', async () => {
    const first = await createUser(t.connection.db, [{ role: 'analyst' }]);
    const second = await createUser(t.connection.db, [{ role: 'analyst' }]);
    const a = await signIn(first.email);
    expect(await whoIs(a.session!.value)).toBe(first.email);
    const b = await signIn(second.email, a.jar);
    expect(b.response.statusCode).toBe(200);
    expect(await whoIs(a.session!.value)).toBeNull();
    expect(await whoIs(b.session!.value)).toBe(second.email);
  });

  it('stops working at sign-out, even if a copy is replayed', async () => {
    const user = await createUser(t.connection.db, [{ role: 'analyst' }]);
    const { jar, session } = await signIn(user.email);
    const csrf = await t.app.inject({ method: 'GET', url: '/api/auth/csrf', cookies: jar });
    const cookies = { ...jar, ...Object.fromEntries(csrf.cookies.map((c) => [c.name, c.value])) };
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': csrf.json().token }, cookies });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'nb_session')?.value).toBe('');
    expect(await whoIs(session!.value)).toBeNull();
  });
});
