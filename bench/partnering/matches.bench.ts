/**
 * Top-20 matches for one profile among 200,000 published profiles (ru/en/zh mix) on PostgreSQL,
 * against the raw SQL of the candidate pool alone, measured in the same run; and, for a few
 * profiles, how many of the top 20 are those an exhaustive scoring of every eligible profile finds.
 *
 *   npm run bench:partnering-matches [-- --profiles=200000 --queries=40 --reference=5 --database=URL]
 *
 * --database reuses a database on the server (created and loaded on the first run, kept after it):
 * the migrations are applied to it, so a new migration is measured on the same profiles.
 * The profiles are varied copies of the evaluation set's 169 texts (bench-profiles.ts).
 */
import { sql } from 'drizzle-orm';
import { complementaryTypes } from '../../src/shared/partnering';
import { applyMigrations } from '../../src/server/db/migrate';
import { ensureReferenceData } from '../../src/server/db/reference/reference-data';
import { loadGlossary } from '../../src/server/features/partnering/glossary/glossary';
import { rankMatches, sideOfCandidate, sourceProfileOf, type SourceProfile } from '../../src/server/features/partnering/matching/matcher';
import { candidatePool, lexemesOf, type CandidateRow } from '../../src/server/features/partnering/matching/matching.repo';
import { termFrequencies } from '../../src/server/features/partnering/matching/term-frequencies';
import { minimumMatchScore } from '../../src/server/features/partnering/matching/match-weights';
import { directionTree, scorePair } from '../../src/server/features/partnering/matching/score';
import { allDirections, directionIdsOf } from '../../src/server/features/partnering/profiles.repo';
import { partneringProfiles } from '../../src/server/db/schema/index';
import type { Executor } from '../../src/server/db/client';
import pg from 'pg';
import { openPostgres } from '../../src/server/db/client';
import { freshPostgres } from '../bench-databases';
import { machine, summarize, timeIt } from '../bench-support';
import { loadBenchProfiles } from './bench-profiles';

const argument = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const profileCount = argument('profiles', 200_000);
const queryCount = argument('queries', 40);
const referenceCount = argument('reference', 5);
const reuse = process.argv.find((a) => a.startsWith('--database='))?.slice('--database='.length);

/** The database named by --database, created when missing and never dropped; else a fresh one. */
async function benchDatabase() {
  if (!reuse) return freshPostgres();
  const url = new URL(reuse);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(reuse), { pathname: '/postgres' }).toString() });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [url.pathname.slice(1)])).rowCount;
  if (!exists) await admin.query(`create database "${url.pathname.slice(1).replace(/"/g, '')}"`);
  await admin.end();
  const connection = await openPostgres(reuse, 10);
  return { connection, dispose: () => connection.close() };
}

/** Every eligible complementary profile (no pool), for the exhaustive reference ranking. */
async function everyCandidate(db: Executor, source: SourceProfile, today: string): Promise<CandidateRow[]> {
  const result = await db.execute(sql`
    select p.id, p.organization_id, p.type, p.language, concat_ws(E'\\n', p.title, p.summary, p.description, array_to_string(p.keywords, ', ')) as text,
      p.concepts, p.trl, p.partnership_types, p.target_countries, o.country, tsvector_to_array(p.search_vector) as lexemes,
      array(select d.direction_id from partnering_profile_directions d where d.profile_id = p.id) as direction_ids
    from partnering_profiles p join organizations o on o.id = p.organization_id
    where p.status = 'published' and (p.expires_on is null or p.expires_on >= ${today}) and p.organization_id <> ${source.organizationId}
      and p.type in (${sql.join(complementaryTypes[source.type].map((t) => sql`${t}`), sql`, `)})
      and (cardinality(p.target_countries) = 0 or ${source.country} = any(p.target_countries))`);
  return (result as unknown as { rows: CandidateRow[] }).rows;
}

const bench = await benchDatabase();
const db = bench.connection.db;
try {
  await applyMigrations(bench.connection);
  await ensureReferenceData(db);
  const glossary = await loadGlossary();
  const directions = await allDirections(db);
  const today = new Date().toISOString().slice(0, 10);
  const alreadyLoaded = Boolean((await db.execute(sql`select to_regclass('bench_templates') as t`) as unknown as { rows: { t: string | null }[] }).rows[0]?.t);
  const loaded = await timeIt(async () => { if (!alreadyLoaded) await loadBenchProfiles(db, profileCount, glossary, directions, today); });
  // The term counts are kept by the process and recounted in the background (ADR 033): a running
  // server has them; the bench counts them once before timing, and reports how long that took.
  const counted = await timeIt(() => termFrequencies(db));
  const sources = (await db.execute(sql`select id from partnering_profiles where expires_on is null order by md5(id::text) limit ${queryCount}`) as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  const matcherTimes: number[] = [];
  const rawTimes: number[] = [];
  const poolSizes: number[] = [];
  const scoringTimes: number[] = [];
  const context = { tree: directionTree(directions), glossary, language: 'en' as const, countryName: (c: string) => c, explain: false };
  const agreement: number[] = [];
  for (const [i, id] of sources.entries()) {
    const [row] = await db.select().from(partneringProfiles).where(sql`id = ${id}`);
    const organization = (await db.execute(sql`select country from organizations where id = ${row!.organizationId}`) as unknown as { rows: { country: string }[] }).rows[0]!;
    const source = sourceProfileOf(row!, { country: organization.country, ecosystemIds: [] }, (await directionIdsOf(db, [id])).get(id) ?? []);
    const lexemes = await lexemesOf(db, source.language, source.searchText);
    const raw = await timeIt(() => candidatePool(db, source, today, lexemes));
    rawTimes.push(raw.ms);
    poolSizes.push(raw.result.length);
    // The app's share: the full scoring of the pool's candidates, without the reasons' texts.
    const sourceSide = { ...source, lexemes };
    scoringTimes.push((await timeIt(async () => raw.result.map((row) => scorePair(sourceSide, sideOfCandidate(row), context)))).ms);
    const ranked = await timeIt(() => rankMatches(db, source, { glossary, directions, language: 'en', limit: 20, today }));
    matcherTimes.push(ranked.ms);
    if (i < referenceCount) {
      // The reference: every eligible profile scored in full, the best 20 that pass the same thresholds.
      const all = (await everyCandidate(db, source, today)).map((c) => ({ id: c.id, score: scorePair(sourceSide, sideOfCandidate(c), context).score }));
      const best = all.filter((c) => c.score >= minimumMatchScore).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, 20);
      const floor = best.at(-1)?.score ?? 0;
      // Ties at the 20th score are interchangeable: a match counts when it scores at least that.
      const found = ranked.result.filter((m) => m.pair.score >= floor).length;
      agreement.push(best.length ? found / best.length : 1);
    }
  }
  const matcher = summarize(matcherTimes);
  const raw = summarize(rawTimes);
  console.log(`machine: ${machine()}`);
  console.log(`profiles ${profileCount}, ${alreadyLoaded ? 'reused' : `loaded in ${(loaded.ms / 1000).toFixed(1)} s`}; term counts in ${Math.round(counted.ms)} ms; ${queryCount} sources`);
  console.log(`top-20 matches (pool SQL + scoring + reasons): p50 ${matcher.p50} ms, p95 ${matcher.p95} ms`);
  console.log(`raw SQL of the candidate pool alone:        p50 ${raw.p50} ms, p95 ${raw.p95} ms; pool size p50 ${summarize(poolSizes).p50}`);
  console.log(`ratio p95: ${(matcher.p95 / raw.p95).toFixed(2)}; scoring the pool in the app: p50 ${summarize(scoringTimes).p50} ms, p95 ${summarize(scoringTimes).p95} ms`);
  if (agreement.length) console.log(`top 20 as good as the exhaustive scoring's (score ≥ its 20th), mean over ${agreement.length}: ${(agreement.reduce((a, b) => a + b, 0) / agreement.length).toFixed(3)}, min ${Math.min(...agreement).toFixed(3)}`);
} finally {
  await bench.dispose();
}
