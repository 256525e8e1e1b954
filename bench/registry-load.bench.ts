/**
 * The organizations list under 50 concurrent connections, next to a one-query endpoint on the same
 * server and database in the same run. The real server (buildApp + listen on 127.0.0.1) runs on a
 * fresh PostgreSQL database with 100,000 organizations; the load comes from a child process.
 * Targets, one after the other, each with a warm-up and then a fixed time:
 *   baseline     GET /bench/baseline: one `select id, name_ru … order by id limit 25`, no sign-in
 *   list/bearer  GET /api/organizations?page=N&pageSize=25 as a coordinator with an API token
 *   list/session the same with a session cookie (the web app's way; no write per request)
 *   list/keyset  pages 2–40 reached by "next page": `after=<cursor>` from the page before (session)
 *   list/read    list/session on a second app that reads every page (list pages not remembered, ADR 043)
 * Run: npx tsx bench/registry-load.bench.ts [seconds per target=10] [connections=50] [--organizations=100000]
 *   [--database=URL]  a PostgreSQL database loaded by an earlier run (e.g. the search bench's --keep): no load
 *   [--only=baseline,bearer,session,keyset,read]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildApp } from '../src/server/app';
import { openPostgres } from '../src/server/db/client';
import { applyMigrations } from '../src/server/db/migrate';
import { freshPostgres } from './bench-databases';
import { machine, round } from './bench-support';
import { createCoordinator } from './bench-users';
import { loadRegistry } from './generate-registry';
import { defaultPlan } from './registry-data';

const args = process.argv.slice(2);
const numbers = args.filter((a) => /^\d+$/.test(a)).map(Number);
const seconds = numbers[0] ?? 10;
const connections = numbers[1] ?? 50;
const count = Number(args.find((a) => a.startsWith('--organizations='))?.split('=')[1] ?? defaultPlan.organizations);
const plan = { ...defaultPlan, organizations: count, memberships: Math.round(count * 1.5) };
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const reuseUrl = option('database');
const targets = (option('only') ?? 'baseline,bearer,session,keyset,read').split(',');

type DriverResult = { requests: number; requestsPerSecond: number; p50: number; p95: number; statuses: Record<string, number> };

function drive(url: string, headers: Record<string, string>, paths?: string[]): Promise<DriverResult> {
  const options = { url, headers, connections, warmUpMs: 2000, durationMs: seconds * 1000, paths };
  const child = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'bench/load-driver.ts', JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(output) as DriverResult) : reject(new Error(`driver exited ${code}`)))));
}

/** Pages 2–40 as "next page" reaches them: each after the cursor the page before handed out. */
async function keysetPaths(address: string, headers: Record<string, string>): Promise<string[]> {
  const paths: string[] = [];
  let cursor: string | null = null;
  for (let page = 1; page <= 40; page += 1) {
    const path: string = `/api/organizations?page=${page}&pageSize=25${cursor ? `&after=${cursor}` : ''}`;
    if (cursor) paths.push(path);
    cursor = ((await (await fetch(`${address}${path}`, { headers })).json()) as { nextCursor: string | null }).nextCursor;
  }
  return paths;
}

const database = reuseUrl ? { connection: await openPostgres(reuseUrl, 10), dispose: async () => {} } : await freshPostgres();
try {
  const { connection } = database;
  if (reuseUrl) await applyMigrations(connection);
  const loaded = reuseUrl ? 'reused' : await loadRegistry(connection, plan, (done) => { if (done % 20_000 < 1000) process.stderr.write(`${done} organizations\n`); });
  const coordinator = await createCoordinator(connection);
  const app = await buildApp({ connection });
  app.get('/bench/baseline', { schema: { hide: true } }, async () => (await connection.executeSql('select id, name_ru from organizations order by id limit 25')).rows);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const list = `${address}/api/organizations?page={page}&pageSize=25`;
  const cookie = { cookie: `nb_session=${coordinator.sessionToken}` };
  const when = async (target: string, run: () => Promise<DriverResult>) => (targets.includes(target) ? run() : undefined);
  const baseline = await drive(`${address}/bench/baseline`, {});
  const bearer = await when('bearer', () => drive(list, { authorization: `Bearer ${coordinator.bearerToken}` }));
  const session = await when('session', () => drive(list, cookie));
  const keyset = await when('keyset', async () => drive(list, cookie, await keysetPaths(address, cookie)));
  await app.close();
  const read = await when('read', async () => {
    const reading = await buildApp({ connection, rememberListPages: false });
    const readingAddress = await reading.listen({ host: '127.0.0.1', port: 0 });
    try {
      return await drive(`${readingAddress}/api/organizations?page={page}&pageSize=25`, cookie);
    } finally {
      await reading.close();
    }
  });
  const ratio = (r?: DriverResult) => r && ({ ...r, throughputShare: round((r.requestsPerSecond / baseline.requestsPerSecond) * 100), p95Ratio: round(r.p95 / baseline.p95) });
  console.log(JSON.stringify({
    bench: 'registry-load', machine: machine(), date: new Date().toISOString(), engine: 'postgres', poolSize: 10, connections, secondsPerTarget: seconds, loaded,
    baseline, listBearer: ratio(bearer), listSession: ratio(session), listKeyset: ratio(keyset), listRead: ratio(read),
  }, null, 2));
} finally {
  await database.dispose();
}
