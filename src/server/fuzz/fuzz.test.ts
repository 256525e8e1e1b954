import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/errors';
import { DEMO_PASSWORD, demoUsers } from '../demo/demo-users';
import { createDemoTestApp, TestClient, type TestApp } from '../test-support/test-app';
import { operationsOf, requestOf, type FuzzRequest, type Operation } from './operations';

/**
 * Generated requests against every documented endpoint, as an administrator, a member and an
 * anonymous visitor, on the demo world: valid ones that reach the logic and broken ones (bad values,
 * unknown keys, missing keys, malformed JSON, hostile uploads). Whatever is sent: no 5xx, every
 * refusal is the error contract with a known code, and a refused write leaves the database as it was.
 * `FUZZ_RUNS` sets the number of requests (the full run: `npm run fuzz`).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 200);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** Would end the fuzzer's own sessions or sign it out, which proves nothing about input handling. */
const leftOut = new Set(['POST /api/auth/logout', 'POST /api/auth/password']);

let t: TestApp;
let clients: Record<'admin' | 'member' | 'anonymous', TestClient>;
let operations: Operation[];
let knownIds: string[];
let fingerprintSql: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  const email = (role: string) => demoUsers.find((u) => u.role === role)!.email;
  clients = {
    admin: await new TestClient(t.app).login(email('admin'), DEMO_PASSWORD),
    member: await new TestClient(t.app).login(email('member'), DEMO_PASSWORD),
    anonymous: new TestClient(t.app),
  };
  operations = operationsOf(t.app.swagger() as never).filter((o) => !leftOut.has(`${o.method} ${o.path}`));
  const sql = (text: string) => t.connection.executeSql(text, []).then((r) => r.rows as Record<string, string>[]);
  const actors = (await sql(`select id from users where email in ('${email('admin')}', '${email('member')}')`)).map((r) => r.id);
  const withIds = await sql(`select table_name as name from information_schema.columns where table_schema = 'public' and column_name = 'id' and data_type = 'uuid' order by 1`);
  knownIds = [];
  for (const { name } of withIds) knownIds.push(...(await sql(`select id from "${name}" order by id limit 6`)).map((r) => r.id!).filter((id) => !actors.includes(id)));
  const tables = await sql(`select tablename as name from pg_catalog.pg_tables where schemaname = 'public' order by 1`);
  // Per table, its row count and the newest row version's transaction id: a committed insert or
  // update brings a newer version, a delete lowers the count (a rolled-back write shows in neither).
  fingerprintSql = `select ${tables.map(({ name }) => `(select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from "${name}") as "${name}"`).join(', ')}`;
}, 180_000);
afterAll(async () => t.close());

const fingerprint = async () => (await t.connection.executeSql(fingerprintSql, [])).rows[0] as Record<string, string>;

async function send(role: keyof typeof clients, request: FuzzRequest) {
  return clients[role].request({ method: request.method, url: request.url, headers: request.headers, ...(request.payload === undefined ? {} : { payload: request.payload }) });
}

const describeRequest = (role: string, request: FuzzRequest) =>
  `${role} ${request.method} ${request.url.slice(0, 300)} ${typeof request.payload === 'string' ? request.payload.slice(0, 300) : request.payload ? `<${request.payload.length} bytes ${request.headers['content-type']}>` : ''}`;

describe('generated requests', () => {
  it(`survive ${runs} requests to every endpoint: no 5xx, refusals by the contract, refused writes change nothing`, async () => {
    expect(operations.length).toBeGreaterThan(40);
    const statuses = new Map<number, number>();
    const arbitrary = fc.tuple(fc.constantFrom('admin', 'member', 'anonymous' as const), fc.constantFrom(...operations).chain((operation) => requestOf(operation, knownIds)));
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([role, request]) => {
        if (process.env.FUZZ_TRACE) process.stderr.write(`fuzz: generated ${request.method} ${request.url.slice(0, 80)}\n`);
        const writes = request.method !== 'GET';
        const before = writes ? await fingerprint() : undefined;
        if (process.env.FUZZ_TRACE) process.stderr.write(`fuzz: → ${describeRequest(role, request).slice(0, 300)}\n`);
        const started = performance.now();
        const response = await send(role, request);
        const took = performance.now() - started;
        if (took > 2_000 || process.env.FUZZ_TRACE) process.stderr.write(`fuzz: ${Math.round(took)} ms ${response.statusCode} ${describeRequest(role, request).slice(0, 200)}\n`);
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const what = describeRequest(role, request);
        expect(response.statusCode, `${what} → ${response.body.slice(0, 500)}`).toBeLessThan(500);
        if (response.statusCode >= 400) {
          const body = response.json() as { code?: string; message?: string };
          expect(errorCodes, `${what} → ${response.body.slice(0, 300)}`).toContain(body.code);
          expect(typeof body.message, what).toBe('string');
          if (before) expect(await fingerprint(), `${what} was refused but wrote`).toEqual(before);
        }
      }),
      { numRuns: runs, endOnFailure: true, ...(seed === undefined ? {} : { seed }) },
    );
    // The mix must reach the logic as well as the gates: both acceptances and refusals occur.
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const accepted = [...statuses].filter(([status]) => status < 300).reduce((a, [, n]) => a + n, 0);
    expect(total).toBe(runs);
    // Both kinds must be a real share: with ~180 operations, most of them writes with strict bodies,
    // about one generated request in eight is accepted; below one in twenty the generator has drifted.
    expect(accepted / total).toBeGreaterThan(0.05);
    expect((total - accepted) / total).toBeGreaterThan(0.1);
  }, 60 * 60_000);
});
