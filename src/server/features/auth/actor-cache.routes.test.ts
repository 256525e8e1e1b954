import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app';
import { sessions, userRoles, users } from '../../db/schema/index';
import { createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';
import type { App } from '../../lib/http';

/**
 * Callers kept in memory (ADR 036), through the real database on both engines: whatever narrows a
 * caller reaches the very next request, in this app and in a second app on the same database.
 */
// Near the real time: the test client drops cookies that expired by the wall clock.
let now = new Date(Date.now() + 3600_000);
let t: TestApp;
let other: App;
beforeAll(async () => {
  t = await createTestApp(undefined, { clock: { now: () => now }, sessionDays: 1 });
  other = await buildApp({ connection: t.connection, clock: { now: () => now }, sessionDays: 1 });
  await other.ready();
});
afterAll(async () => {
  await other.close();
  await t.close();
});

const me = async (app: App, session: string) => (await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { nb_session: session } })).json().user as { id: string } | null;
const meByToken = async (app: App, token: string) => (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } })).json().user as { id: string } | null;
const usersListStatus = async (app: App, session: string) => (await app.inject({ method: 'GET', url: '/api/users', cookies: { nb_session: session } })).statusCode;

async function signedIn(roles: Parameters<typeof createUser>[1] = [{ role: 'coordinator' }]) {
  const user = await createUser(t.connection.db, roles);
  const client = await new TestClient(t.app).login(user.email);
  return { user, client, session: client.cookie('nb_session')! };
}

/** Writes straight to the tables with the triggers off: nothing is notified, as if no trigger existed. */
async function withoutTriggers(write: (tx: Parameters<Parameters<TestApp['connection']['db']['transaction']>[0]>[0]) => Promise<unknown>) {
  await t.connection.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await write(tx);
  });
}

describe('callers kept in memory', () => {
  it('serves a known caller without reading the session again, until the database says it changed', async () => {
    const { user, session } = await signedIn();
    expect((await me(t.app, session))?.id).toBe(user.id);
    // Gone from the table with no message sent: the remembered caller still answers…
    await withoutTriggers((tx) => tx.delete(sessions).where(eq(sessions.userId, user.id)));
    expect((await me(t.app, session))?.id).toBe(user.id);
    // …until any change to the user is notified.
    await t.connection.db.update(users).set({ fullName: 'Renamed' }).where(eq(users.id, user.id));
    await vi.waitFor(async () => expect(await me(t.app, session)).toBeNull(), { timeout: 2000, interval: 20 });
  });

  it('ends a signed-out session on the very next request, also when the cookie is sent by someone else', async () => {
    const { user, client, session } = await signedIn();
    expect((await me(t.app, session))?.id).toBe(user.id);
    expect((await me(other, session))?.id).toBe(user.id);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect(await me(t.app, session)).toBeNull();
    // Another process hears it as soon as the message arrives: well within the cache's 30 s.
    await vi.waitFor(async () => expect(await me(other, session)).toBeNull(), { timeout: 2000, interval: 20 });
  });

  it('ends the other sessions at once when the password changes', async () => {
    const { user, client } = await signedIn();
    const elsewhere = (await new TestClient(t.app).login(user.email)).cookie('nb_session')!;
    expect((await me(t.app, elsewhere))?.id).toBe(user.id);
    expect((await client.post('/api/auth/password', { currentPassword: 'correct horse battery staple', newPassword: 'a-new-long-password' })).statusCode).toBe(204);
    expect(await me(t.app, elsewhere)).toBeNull();
  });

  it('applies a role taken away and a deactivation on the very next request', async () => {
    const admin = await signedIn([{ role: 'admin' }]);
    const target = await signedIn([{ role: 'admin' }]);
    expect(await usersListStatus(t.app, target.session)).toBe(200);
    expect(await usersListStatus(other, target.session)).toBe(200);
    expect((await admin.client.patch(`/api/users/${target.user.id}`, { roles: [{ role: 'coordinator', scopeOrganizationId: null }] })).statusCode).toBe(200);
    expect(await usersListStatus(t.app, target.session)).toBe(403);
    await vi.waitFor(async () => expect(await usersListStatus(other, target.session)).toBe(403), { timeout: 2000, interval: 20 });

    expect((await me(t.app, target.session))?.id).toBe(target.user.id);
    expect((await admin.client.patch(`/api/users/${target.user.id}`, { active: false })).statusCode).toBe(200);
    expect(await me(t.app, target.session)).toBeNull();
  });

  it('applies a role granted by a script on the same database', async () => {
    const { user, session } = await signedIn([]);
    expect(await usersListStatus(t.app, session)).toBe(403);
    await t.connection.db.insert(userRoles).values({ userId: user.id, role: 'admin' });
    await vi.waitFor(async () => expect(await usersListStatus(t.app, session)).toBe(200), { timeout: 2000, interval: 20 });
  });

  it('refuses a revoked API token on the very next request', async () => {
    const { user, client } = await signedIn();
    const created = (await client.post('/api/auth/tokens', { name: 'script' })).json() as { id: string; token: string };
    expect((await meByToken(t.app, created.token))?.id).toBe(user.id);
    expect((await meByToken(other, created.token))?.id).toBe(user.id);
    expect((await client.delete(`/api/auth/tokens/${created.id}`)).statusCode).toBe(204);
    expect(await meByToken(t.app, created.token)).toBeNull();
    await vi.waitFor(async () => expect(await meByToken(other, created.token)).toBeNull(), { timeout: 2000, interval: 20 });
  });

  it('still renews a used session', async () => {
    const { user, session } = await signedIn();
    const expiresAt = async () => (await t.connection.db.select({ at: sessions.expiresAt }).from(sessions).where(eq(sessions.userId, user.id)))[0]!.at;
    const signedInAt = now;
    expect((await me(t.app, session))?.id).toBe(user.id);
    // Two hours on, a request renews the session for a day from then, and it is still good later.
    now = new Date(signedInAt.getTime() + 2 * 3600_000);
    expect((await me(t.app, session))?.id).toBe(user.id);
    expect((await expiresAt()).getTime()).toBe(now.getTime() + 24 * 3600_000);
    now = new Date(signedInAt.getTime() + 25 * 3600_000);
    expect((await me(t.app, session))?.id).toBe(user.id);
    now = signedInAt;
  });

  it('ends a session at its expiry even while it is remembered', async () => {
    // Sessions of 20 seconds: they end before the cache's 30 seconds do.
    const shortLived = await buildApp({ connection: t.connection, clock: { now: () => now }, sessionDays: 20 / 86_400 });
    await shortLived.ready();
    try {
      const user = await createUser(t.connection.db, [{ role: 'coordinator' }]);
      const session = (await new TestClient(shortLived).login(user.email)).cookie('nb_session')!;
      const signedInAt = now;
      expect((await me(shortLived, session))?.id).toBe(user.id);
      now = new Date(signedInAt.getTime() + 15_000);
      expect((await me(shortLived, session))?.id).toBe(user.id);
      now = new Date(signedInAt.getTime() + 21_000);
      expect(await me(shortLived, session)).toBeNull();
      now = signedInAt;
    } finally {
      await shortLived.close();
    }
  });
});
