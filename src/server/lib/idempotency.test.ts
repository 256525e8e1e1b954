import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeys, organizations } from '../db/schema/index';
import { createUser } from '../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../test-support/test-app';
import { pruneIdempotencyKeys } from './idempotency';

let t: TestApp;
let coordinator: TestClient;
let otherCoordinator: TestClient;
let coordinatorId: string;
/** A POST that takes a file's bytes and counts how often it really ran. */
let uploadsRun = 0;
/** A POST that fails on its first run, as a server fault would. */
let flakyRuns = 0;
beforeAll(async () => {
  t = await createTestApp((app) => {
    app.register(async (scope) => {
      scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
      scope.post('/test/flaky', async (_request, reply) => {
        flakyRuns += 1;
        if (flakyRuns === 1) throw new Error('simulated fault');
        return reply.code(201).send({ run: flakyRuns });
      });
      scope.post('/test/uploads', async (request, reply) => reply.code(201).send({ run: ++uploadsRun, bytes: (request.body as Buffer).length }));
    });
  });
  const user = await createUser(t.connection.db, [{ role: 'coordinator' }]);
  coordinatorId = user.id;
  coordinator = await new TestClient(t.app).login(user.email);
  otherCoordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
});
afterAll(async () => t.close());

const company = (name: string) => ({ name: { ru: name, en: null, zh: null }, kind: 'company', country: 'RU' });
const create = (client: TestClient, body: unknown, key: string) =>
  client.request({ method: 'POST', url: '/api/organizations', payload: body as object, headers: { 'idempotency-key': key } });
const named = async (name: string) => (await t.connection.db.select().from(organizations).where(eq(organizations.nameRu, name))).length;

describe('Idempotency-Key', () => {
  it('answers a retried create with the first answer and creates nothing new', async () => {
    const first = await create(coordinator, company('ООО «Повтор»'), 'retry-1');
    const again = await create(coordinator, company('ООО «Повтор»'), 'retry-1');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.json()).toEqual(first.json());
    expect(await named('ООО «Повтор»')).toBe(1);
  });

  it('refuses the same key for another request and writes nothing', async () => {
    await create(coordinator, company('ООО «Первый»'), 'reused-1');
    const other = await create(coordinator, company('ООО «Другой»'), 'reused-1');
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await named('ООО «Другой»')).toBe(0);
  });

  it('keeps keys apart between users', async () => {
    const mine = await create(coordinator, company('ООО «Мой ключ»'), 'shared-key');
    const theirs = await create(otherCoordinator, company('ООО «Мой ключ»'), 'shared-key');
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
  });

  it('replays a refusal too', async () => {
    const identifiers = [{ scheme: 'inn', value: '7707083893' }];
    expect((await coordinator.post('/api/organizations', { ...company('ООО «Владелец ИНН»'), identifiers })).statusCode).toBe(201);
    const refused = await create(coordinator, { ...company('ООО «Второй с ИНН»'), identifiers }, 'refused-1');
    expect(refused.json().code).toBe('IDENTIFIER_TAKEN');
    const replayed = await create(coordinator, { ...company('ООО «Второй с ИНН»'), identifiers }, 'refused-1');
    expect(replayed.statusCode).toBe(refused.statusCode);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.json()).toEqual(refused.json());
  });

  it('lets a retry after a server fault run again', async () => {
    const flaky = () => coordinator.request({ method: 'POST', url: '/test/flaky', payload: {}, headers: { 'idempotency-key': 'flaky-1' } });
    expect((await flaky()).statusCode).toBe(500);
    const retried = await flaky();
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(flakyRuns).toBe(2);
    expect((await flaky()).headers['idempotent-replayed']).toBe('true');
    expect(flakyRuns).toBe(2);
  });

  it('answers 409 while the first request runs, and lets a retry take over an abandoned one', async () => {
    const db = t.connection.db;
    const body = company('ООО «Долгий»');
    // The hash must be of this exact request: claim the key with a first request, then mark it unfinished.
    await create(coordinator, body, 'running-1');
    await db.delete(organizations).where(eq(organizations.nameRu, 'ООО «Долгий»'));
    const key = and(eq(idempotencyKeys.userId, coordinatorId), eq(idempotencyKeys.key, 'running-1'));
    await db.update(idempotencyKeys).set({ statusCode: null, responseBody: null, createdAt: new Date() }).where(key);
    const whileRunning = await create(coordinator, body, 'running-1');
    expect(whileRunning.statusCode).toBe(409);
    expect(whileRunning.json().code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
    expect(await named('ООО «Долгий»')).toBe(0);
    await db.update(idempotencyKeys).set({ createdAt: new Date(Date.now() - 5 * 60_000) }).where(key);
    const takenOver = await create(coordinator, body, 'running-1');
    expect(takenOver.statusCode).toBe(201);
    expect(await named('ООО «Долгий»')).toBe(1);
  });

  it('refuses a malformed key before doing anything', async () => {
    for (const bad of ['', 'x'.repeat(201), 'with space', 'кириллица']) {
      const response = await create(coordinator, company('ООО «Плохой ключ»'), bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().code).toBe('IDEMPOTENCY_KEY_INVALID');
    }
    expect(await named('ООО «Плохой ключ»')).toBe(0);
  });

  it('compares an uploaded file by its bytes', async () => {
    const upload = (bytes: Buffer) => coordinator.request({ method: 'POST', url: '/test/uploads', payload: bytes, headers: { 'content-type': 'application/octet-stream', 'idempotency-key': 'file-1' } });
    const first = await upload(Buffer.from('first file'));
    const again = await upload(Buffer.from('first file'));
    const other = await upload(Buffer.from('other file'));
    expect(first.json()).toEqual({ run: 1, bytes: 10 });
    expect(again.json()).toEqual({ run: 1, bytes: 10 });
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(uploadsRun).toBe(1);
  });

  it('forgets answers after a day', async () => {
    await create(coordinator, company('ООО «Старый ключ»'), 'old-1');
    const key = and(eq(idempotencyKeys.userId, coordinatorId), eq(idempotencyKeys.key, 'old-1'));
    await pruneIdempotencyKeys(t.connection.db, new Date(Date.now() + 23 * 3600_000));
    expect(await t.connection.db.select().from(idempotencyKeys).where(key)).toHaveLength(1);
    await pruneIdempotencyKeys(t.connection.db, new Date(Date.now() + 25 * 3600_000));
    expect(await t.connection.db.select().from(idempotencyKeys).where(key)).toHaveLength(0);
  });
});
