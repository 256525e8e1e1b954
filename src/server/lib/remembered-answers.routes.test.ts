import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app';
import { DEMO_PASSWORD, demoUsers } from '../demo/demo-users';
import { createDemoTestApp, TestClient, type TestApp } from '../test-support/test-app';
import type { App } from './http';

/**
 * Remembered answers (ADR 045) on the demo world, through the real database on both engines: an
 * answer from memory is the answer the route reads, for every caller; any change — through the
 * API, in another process, straight in the database — is in the next answer once it is heard.
 */
let now = new Date();
let t: TestApp;
let other: App;
beforeAll(async () => {
  t = await createDemoTestApp({ clock: { now: () => now } });
  other = await buildApp({ connection: t.connection, clock: { now: () => now } });
  await other.ready();
});
afterAll(async () => {
  await other.close();
  await t.close();
});

const roles = ['admin', 'coordinator', 'park_manager', 'member', 'analyst'] as const;
const loginAs = (role: (typeof roles)[number]) => new TestClient(t.app).login(demoUsers.find((u) => u.role === role)!.email, DEMO_PASSWORD);
const hits = () => t.app.answers.stats.hits;
const withoutDate = (headers: Record<string, unknown>) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'date'));

/** Each remembered route with the ids of the demo world in its path (a new one must be added here). */
async function rememberedUrls(admin: TestClient): Promise<string[]> {
  const firstIds = async (url: string, key = 'items') => ((await admin.get(url)).json()[key] as { id: string }[]).slice(0, 2).map((item) => item.id);
  const ids: Record<string, string[]> = {
    '/api/organizations/:id': await firstIds('/api/organizations?pageSize=2'),
    '/api/ecosystems': await firstIds('/api/ecosystems'),
    '/api/agreements': await firstIds('/api/agreements'),
    '/api/projects': await firstIds('/api/portfolio/overview'),
    '/api/indicators': await firstIds('/api/indicators'),
    '/api/partnering/profiles': await firstIds('/api/partnering/profiles'),
    '/api/events': await firstIds('/api/events'),
    '/api/infrastructure': await firstIds('/api/infrastructure'),
  };
  return t.app.routeCatalog.filter((route) => route.remembered).flatMap(({ url }) => {
    if (!url.includes(':')) return [url];
    const prefix = url.startsWith('/api/organizations/:id') ? '/api/organizations/:id' : url.slice(0, url.indexOf('/:'));
    const found = ids[prefix];
    if (!found?.length) throw new Error(`no demo ids for the remembered route ${url}`);
    return found.map((id) => url.replace(':id', id));
  });
}

describe('remembered answers', () => {
  it('answer from memory exactly what the route reads, for every role and for anonymous visitors', async () => {
    const admin = await loginAs('admin');
    const urls = await rememberedUrls(admin);
    expect(urls.length).toBeGreaterThanOrEqual(30);
    const callers: (TestClient | null)[] = [null, admin];
    for (const role of roles.slice(1)) callers.push(await loginAs(role));
    for (const caller of callers) {
      for (const url of urls) {
        const read = caller ? await caller.get(url) : await t.app.inject({ method: 'GET', url });
        const before = hits();
        const again = caller ? await caller.get(url) : await t.app.inject({ method: 'GET', url });
        expect(again.statusCode, url).toBe(read.statusCode);
        expect(again.body, url).toBe(read.body);
        expect(withoutDate(again.headers), url).toEqual(withoutDate(read.headers));
        // Only what the route answered 200 is remembered; a refusal is decided again every time.
        expect(hits() - before, url).toBe(read.statusCode === 200 ? 1 : 0);
      }
    }
  });

  it('never gives one caller the answer of another', async () => {
    // Callers in one language, the one who may see the most first: only the key keeps them apart.
    const [member, coordinator, analyst] = [await loginAs('member'), await loginAs('coordinator'), await loginAs('analyst')];
    const own = (await member.get('/api/auth/me')).json().user.roles.find((r: { role: string }) => r.role === 'member').scopeOrganizationId as string;
    const url = `/api/organizations/${own}`;
    const figuresOf = async (read: Promise<{ json: () => { privateFigures?: unknown } }>) => (await read).json().privateFigures ?? null;
    const visitor = (language: string) => t.app.inject({ method: 'GET', url, headers: { 'accept-language': language } });
    for (let round = 0; round < 2; round += 1) {
      expect(await figuresOf(member.get(url))).not.toBeNull(); // in Chinese, as the demo member reads
      expect(await figuresOf(visitor('zh'))).toBeNull();
      expect(await figuresOf(coordinator.get(url))).not.toBeNull(); // in Russian
      expect(await figuresOf(analyst.get(url))).toBeNull();
      expect(await figuresOf(visitor('ru'))).toBeNull();
    }
  });

  it('reads again after a write through the API, for every caller, in this process and in another', async () => {
    const [coordinator, analyst] = [await loginAs('coordinator'), await loginAs('analyst')];
    const analystSession = analyst.cookie('nb_session')!;
    const { id } = (await coordinator.get('/api/organizations?pageSize=1')).json().items[0];
    const nameIn = async (app: App) => (await app.inject({ method: 'GET', url: `/api/organizations/${id}`, cookies: { nb_session: analystSession } })).json().name.en as string;
    const original = await nameIn(t.app);
    expect(await nameIn(other)).toBe(original);
    const response = await coordinator.patch(`/api/organizations/${id}`, { name: { en: `${original} (renamed)` } });
    expect(response.statusCode, response.body).toBe(200);
    // The write's answer waited until its own change was heard here: the very next read has it.
    expect(await nameIn(t.app)).toBe(`${original} (renamed)`);
    await vi.waitFor(async () => expect(await nameIn(other)).toBe(`${original} (renamed)`), { timeout: 2000, interval: 20 });
  });

  it('reads again once a change straight in the database is heard, and not before', async () => {
    const coordinator = await loginAs('coordinator');
    const { id } = (await coordinator.get('/api/events')).json().items[0];
    const title = async () => (await coordinator.get(`/api/events/${id}`)).json().title.en as string;
    const original = await title();
    await t.connection.db.transaction(async (tx) => {
      // No trigger fires: nothing is heard, and the remembered answer is still served.
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update events set title_en = ${`${original} (quiet)`} where id = ${id}`);
    });
    expect(await title()).toBe(original);
    await t.connection.db.execute(sql`update events set title_en = ${`${original} (heard)`} where id = ${id}`);
    await vi.waitFor(async () => expect(await title()).toBe(`${original} (heard)`), { timeout: 2000, interval: 20 });
  });

  // PGlite hears its own commits in process: only a server connection can be lost.
  it.runIf(process.env.TEST_ENGINE === 'postgres')('serve nothing from memory while the listening connection is lost, and again once it is back', async () => {
    const coordinator = await loginAs('coordinator');
    const { id } = (await coordinator.get('/api/events')).json().items[1];
    const title = async () => (await coordinator.get(`/api/events/${id}`)).json().title.en as string;
    const quietly = (text: string) => t.connection.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update events set title_en = ${text} where id = ${id}`);
    });
    const original = await title();
    await t.connection.executeSql(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen %'`);
    await vi.waitFor(() => expect(t.app.answers.enabled).toBe(false), { timeout: 2000, interval: 10 });
    // Deaf to changes, the app reads every answer: even a change nobody announced is seen.
    await quietly(`${original} (while deaf)`);
    expect(await title()).toBe(`${original} (while deaf)`);
    await vi.waitFor(() => expect(t.app.answers.enabled).toBe(true), { timeout: 5000, interval: 50 });
    expect(await title()).toBe(`${original} (while deaf)`);
    await quietly(original);
    expect(await title()).toBe(`${original} (while deaf)`); // remembered again
    await t.connection.db.execute(sql`update events set title_en = ${original} where id = ${id}`);
    await vi.waitFor(async () => expect(await title()).toBe(original), { timeout: 2000, interval: 20 });
  });

  it('reads again when the minute turns, since answers may depend on the date', async () => {
    const coordinator = await loginAs('coordinator');
    const read = async () => (await coordinator.get('/api/obligations/deadlines')).body;
    const first = await read();
    const before = hits();
    expect(await read()).toBe(first);
    expect(hits()).toBe(before + 1);
    now = new Date(now.getTime() + 60_000);
    expect(await read()).toBe(first);
    expect(hits()).toBe(before + 1);
  });
});
