/**
 * Search over 100,000 organizations, on PostgreSQL and on PGlite, each next to the raw SQL the app
 * sends for the same search, in the same run. Layers, measured in turn on every repetition:
 *   http    GET /api/search?q=… through app.inject (hooks, auth by session, Zod, facets, agreements)
 *   service registry.searchOrganizations, repeated (the organizations part of /api/search: its page,
 *           the facets and total remembered from the first search of the same query, ADR 034)
 *   raw     the statements the service sends for that repeated search (the named directions with
 *           the breadth, then the page's one or two statements at once, ADR 041), captured from the
 *           service and replayed on the driver in the same order and concurrency
 *   first   the first search of a query: a service with nothing remembered (page, total, 5 facets)
 *   rawAll  the statements of that first search, replayed in the same order and concurrency
 *   list    GET /api/organizations?q=…&pageSize=25, and listRaw: its two statements replayed
 * The layers run in a new (seeded) order each repetition (see measureQueries).
 * Run: npx tsx bench/registry-search.bench.ts [postgresRuns=200] [pgliteRuns=30] [--only=postgres|pglite]
 *   [--organizations=100000] [--budget=20 seconds per query] [--min-runs=5] [--warmup=N]
 *   [--variants=jit-on,jit-off] [--layers=http,service,raw,first,rawAll,list,listRaw] [--keep | --database=URL]
 */
import { buildApp } from '../src/server/app';
import { systemClock } from '../src/server/lib/clock';
import { createRandom } from '../src/server/lib/seeded-random';
import { createAuditService } from '../src/server/features/audit/audit.service';
import { createRegistryService } from '../src/server/features/registry/registry.service';
import { searchQuery } from '../src/shared/contracts/search';
import { openPostgres, type DatabaseConnection } from '../src/server/db/client';
import { applyMigrations } from '../src/server/db/migrate';
import type { RequestContext, UserActor } from '../src/server/lib/actor';
import { freshPglite, freshPostgres } from './bench-databases';
import { machine, round, summarize } from './bench-support';
import { createCoordinator } from './bench-users';
import { loadRegistry } from './generate-registry';
import { defaultPlan } from './registry-data';
import { capturingDatabase, runRaw, type CapturedQuery } from './sql-capture';

const args = process.argv.slice(2);
const numbers = args.filter((a) => /^\d+$/.test(a)).map(Number);
const runsOf = { postgres: numbers[0] ?? 200, pglite: numbers[1] ?? 30 };
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const keep = args.includes('--keep');
/** Each query stops after this much time once it has minRuns repetitions: the machine is shared. */
const budgetMs = Number(args.find((a) => a.startsWith('--budget='))?.split('=')[1] ?? 20) * 1000;
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** A database already loaded by an earlier run with --keep: skips the load (PostgreSQL only). */
const reuseUrl = option('database');
const variants = (option('variants') ?? 'jit-on,jit-off').split(',');
const layersWanted = (option('layers') ?? 'http,service,raw,first,rawAll,list,listRaw').split(',');
const warmUpOption = option('warmup');
const minRunsOption = Number(option('min-runs') ?? 5);
const count = Number(args.find((a) => a.startsWith('--organizations='))?.split('=')[1] ?? defaultPlan.organizations);
const plan = { ...defaultPlan, organizations: count, memberships: Math.round(count * 1.5) };

export const queries: { label: string; q: string }[] = [
  { label: 'Russian word', q: 'платежи' },
  { label: 'Russian common word', q: 'производство' },
  { label: 'English word', q: 'wearable' },
  { label: 'Chinese word', q: '数字支付' },
  { label: 'transliterated name', q: 'Velikiy Kamen' },
  { label: 'typo in a name', q: 'Туймада Софт' },
  { label: 'direction, ru', q: 'Биотехнологии' },
  { label: 'direction, en', q: 'Biotechnology' },
  { label: 'direction, zh', q: '生物技术' },
];

type Layer = 'http' | 'service' | 'raw' | 'first' | 'rawAll' | 'list' | 'listRaw';

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

type Setup = { connection: DatabaseConnection; context: RequestContext; cookies: Record<string, string> };

/** Every query, every layer in turn, until `runs` repetitions or the time budget of the query is spent. */
async function measureQueries({ connection, context, cookies }: Setup, runs: number, minRuns = 5) {
  const app = await buildApp({ connection });
  await app.ready();
  const registry = createRegistryService({ db: connection.db, clock: systemClock, audit: createAuditService({ db: connection.db }) });
  const capture = capturingDatabase(connection);
  const capturing = createRegistryService({ db: capture.db, clock: systemClock, audit: createAuditService({ db: capture.db }) });
  const results = [];
  for (const [index, { label, q }] of queries.entries()) {
    const query = searchQuery.parse({ q });
    const found = await capturing.searchOrganizations(query, context, 'ru');
    const firstStatements = capture.take();
    await capturing.searchOrganizations(query, context, 'ru');
    const repeatedStatements = capture.take();
    const listed = await capturing.listOrganizations({ q, page: 1, pageSize: 25 }, context);
    const listStatements = capture.take();
    // As the service sends them: the directions with the breadth first, then the rest at once
    // (the page's statements, and the facets when nothing is remembered).
    const replaySearch = async ([breadth, ...rest]: CapturedQuery[]) => {
      await runRaw(connection, breadth!);
      await Promise.all(rest.map((statement) => runRaw(connection, statement)));
    };
    const freshService = () => createRegistryService({ db: connection.db, clock: systemClock, audit: createAuditService({ db: connection.db }) });
    const layers: Record<Layer, () => Promise<unknown>> = {
      http: async () => {
        const response = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}`, cookies });
        if (response.statusCode !== 200) throw new Error(`/api/search answered ${response.statusCode}`);
      },
      service: () => registry.searchOrganizations(query, context, 'ru'),
      raw: () => replaySearch(repeatedStatements),
      first: () => freshService().searchOrganizations(query, context, 'ru'),
      rawAll: () => replaySearch(firstStatements),
      list: async () => {
        const response = await app.inject({ method: 'GET', url: `/api/organizations?q=${encodeURIComponent(q)}&pageSize=25`, cookies });
        if (response.statusCode !== 200) throw new Error(`/api/organizations answered ${response.statusCode}`);
      },
      listRaw: async () => { for (const statement of listStatements) await runRaw(connection, statement); },
    };
    for (const layer of Object.keys(layers) as Layer[]) if (!layersWanted.includes(layer)) delete layers[layer];
    const durations = Object.fromEntries(Object.keys(layers).map((k) => [k, [] as number[]])) as Record<Layer, number[]>;
    const warmUp = warmUpOption ? Number(warmUpOption) : Math.max(1, Math.min(20, Math.round(runs / 10)));
    const started = performance.now();
    const names = Object.keys(layers) as Layer[];
    const random = createRandom(index + 1);
    for (let i = 0; i < warmUp + runs; i++) {
      // The layers in a new order each repetition: a layer run right after a slow one (a first
      // search) pays about a millisecond more than the same statements run after a fast one, and
      // in a fixed order (or a rotation of it) the same layer always came after the slow one.
      for (const layer of random.shuffle(names)) {
        const ms = await timed(layers[layer]);
        if (i >= warmUp) durations[layer].push(ms);
      }
      if (i >= warmUp + minRuns - 1 && performance.now() - started > budgetMs) break;
    }
    const s = Object.fromEntries(Object.entries(durations).map(([k, v]) => [k, summarize(v)])) as Partial<Record<Layer, ReturnType<typeof summarize>>>;
    const ratio = (a?: { p50: number }, b?: { p50: number }) => (a && b ? round(a.p50 / b.p50) : undefined);
    results.push({
      label, q, total: found.total, listTotal: listed.total, statements: firstStatements.length, repeatedStatements: repeatedStatements.length,
      ...s,
      ratioServiceToRaw: ratio(s.service, s.raw),
      ratioFirstToRawAll: ratio(s.first, s.rawAll),
      ratioHttpToRaw: ratio(s.http, s.raw),
      ratioListToRaw: ratio(s.list, s.listRaw),
    });
    process.stderr.write(`${connection.engine} ${label}: total ${found.total}, ${Object.entries(s).map(([k, v]) => `${k} n ${v.n} p50 ${v.p50} p95 ${v.p95}`).join(', ')} ms\n`);
  }
  await app.close();
  return results;
}

async function prepare(connection: DatabaseConnection, reuse = false) {
  // A database kept from an earlier run gets the migrations committed since.
  if (reuse) await applyMigrations(connection);
  const loaded = reuse ? 'reused' : await loadRegistry(connection, plan, (done) => { if (done % 20_000 < 1000) process.stderr.write(`${connection.engine}: ${done} organizations\n`); });
  const coordinator = await createCoordinator(connection);
  const actor: UserActor = { kind: 'user', id: coordinator.userId, email: 'bench.coordinator@example.org', fullName: 'Bench Coordinator', language: 'ru', roles: ['coordinator'], memberOrganizationIds: [], managedEcosystemIds: [], via: 'session' };
  return { loaded, context: { actor, requestId: 'bench' }, cookies: { nb_session: coordinator.sessionToken } };
}

const engines = [];
if (only !== 'pglite') {
  const database = reuseUrl ? { connection: await openPostgres(reuseUrl), url: reuseUrl, dispose: async () => {} } : await freshPostgres();
  const name = new URL(database.url!).pathname.slice(1);
  try {
    const { loaded, context, cookies } = await prepare(database.connection, Boolean(reuseUrl));
    if (variants.includes('jit-on')) {
      // A statement JIT compiles can take seconds: the time budget per query bounds the repetitions.
      await database.connection.executeSql(`alter database ${name} reset jit`);
      const withJit = await openPostgres(database.url!);
      engines.push({ engine: 'postgres', settings: 'server defaults (jit on)', loaded, results: await measureQueries({ connection: withJit, context, cookies }, runsOf.postgres, minRunsOption) });
      await withJit.close();
    }
    if (variants.includes('jit-off')) {
      // The same database with JIT compilation off for its sessions: the fix the first variant points at.
      await database.connection.executeSql(`alter database ${name} set jit = off`);
      const withoutJit = await openPostgres(database.url!);
      engines.push({ engine: 'postgres', settings: 'jit = off', loaded, results: await measureQueries({ connection: withoutJit, context, cookies }, runsOf.postgres, minRunsOption) });
      await withoutJit.close();
    }
  } finally {
    if (keep || reuseUrl) {
      process.stderr.write(`kept ${database.url}\n`);
      await database.connection.close();
    } else await database.dispose();
  }
}
if (only !== 'postgres') {
  const database = await freshPglite();
  try {
    const { loaded, context, cookies } = await prepare(database.connection);
    engines.push({ engine: 'pglite', settings: 'defaults', loaded, results: await measureQueries({ connection: database.connection, context, cookies }, runsOf.pglite, minRunsOption) });
  } finally {
    await database.dispose();
  }
}
console.log(JSON.stringify({ bench: 'registry-search', machine: machine(), date: new Date().toISOString(), organizations: plan.organizations, memberships: plan.memberships, engines }, null, 2));
