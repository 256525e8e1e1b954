/**
 * Marketplace search among 200,000 published profiles on PostgreSQL: GET /api/partnering/profiles
 * with a query and facets through app.inject (hooks, Zod, policy, mapping of the page), against its
 * raw SQL — every statement the service sends for the same request, captured and replayed on the
 * driver in the same order — measured in turn in the same run. Goal: http p95 ≤ 1.5 × raw p95.
 *
 *   npm run bench:partnering-marketplace [-- --profiles=200000 --runs=30 --database=URL]
 *
 * --database reuses a database loaded by bench-profiles.ts (skips the load).
 */
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/server/app';
import { openPostgres } from '../../src/server/db/client';
import { applyMigrations } from '../../src/server/db/migrate';
import { ensureReferenceData } from '../../src/server/db/reference/reference-data';
import { loadGlossary } from '../../src/server/features/partnering/glossary/glossary';
import { allDirections, listProfiles } from '../../src/server/features/partnering/profiles.repo';
import { listProfilesQuery } from '../../src/shared/contracts/partnering';
import { freshPostgres } from '../bench-databases';
import { machine, summarize } from '../bench-support';
import { capturingDatabase, runRaw } from '../sql-capture';
import { loadBenchProfiles } from './bench-profiles';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const profileCount = Number(option('profiles') ?? 200_000);
const runs = Number(option('runs') ?? 30);
const reuse = option('database');

const bench = reuse ? await (async () => { const connection = await openPostgres(reuse, 10); return { connection, dispose: () => connection.close() }; })() : await freshPostgres();
const { connection } = bench;
try {
  if (!reuse) {
    await applyMigrations(connection);
    await ensureReferenceData(connection.db);
    const today = new Date().toISOString().slice(0, 10);
    await loadBenchProfiles(connection.db, profileCount, await loadGlossary(), await allDirections(connection.db), today);
  }
  const directionId = ((await connection.db.execute(sql`select id from directions where code = 'medical_biotechnology'`)) as unknown as { rows: { id: string }[] }).rows[0]!.id;
  const searches: { label: string; query: Record<string, string> }[] = [
    { label: 'ru word', query: { q: 'биореакторы' } },
    { label: 'en word + type', query: { q: 'bioreactor', type: 'technology_offer' } },
    { label: 'zh word', query: { q: '生物反应器' } },
    { label: 'en common word + facets', query: { q: 'equipment', trlMin: '5', partnershipType: 'licence' } },
    { label: 'ru word + direction', query: { q: 'клеток', directionId } },
    { label: 'facets only', query: { type: 'technology_request', country: 'CN', trlMin: '4' } },
  ];
  const app = await buildApp({ connection, loginAttemptsPerMinute: 100_000 });
  const capture = capturingDatabase(connection);
  const today = new Date().toISOString().slice(0, 10);
  const scope = { all: false, organizationIds: [], ecosystemIds: [] };
  console.log(`machine: ${machine()}`);
  console.log('| search | http p50 | http p95 | raw p50 | raw p95 | ratio p95 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const ratios: number[] = [];
  for (const search of searches) {
    await listProfiles(capture.db, listProfilesQuery.parse(search.query), scope, today);
    const statements = capture.take();
    const url = `/api/partnering/profiles?${new URLSearchParams(search.query).toString()}`;
    const http: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < runs + 2; i += 1) {
      let started = performance.now();
      const response = await app.inject({ method: 'GET', url });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      const httpMs = performance.now() - started;
      started = performance.now();
      for (const statement of statements) await runRaw(connection, statement);
      const rawMs = performance.now() - started;
      if (i >= 2) { http.push(httpMs); raw.push(rawMs); } // two warm-up rounds
    }
    const h = summarize(http);
    const r = summarize(raw);
    ratios.push(h.p95 / r.p95);
    console.log(`| ${search.label} | ${h.p50} | ${h.p95} | ${r.p50} | ${r.p95} | ${(h.p95 / r.p95).toFixed(2)} |`);
  }
  console.log(`worst ratio p95: ${Math.max(...ratios).toFixed(2)} (goal ≤ 1.5)`);
  await app.close();
} finally {
  await bench.dispose();
}
