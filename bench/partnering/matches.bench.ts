/**
 * Top-20 matches for one profile among 200,000 published profiles (ru/en/zh mix) on PostgreSQL,
 * against the raw SQL of the same candidate search cut to 20 rows, measured in the same run.
 *
 *   npm run bench:partnering-matches [-- --profiles=200000 --queries=40]
 *
 * The profiles are copies of the evaluation set's 169 texts (with their concepts and directions),
 * each owned by one of 2,000 organizations, so the pool sizes are those of a crowded marketplace:
 * every profile shares its taxonomy branch with thousands of others.
 */
import { sql } from 'drizzle-orm';
import { applyMigrations } from '../../src/server/db/migrate';
import { ensureReferenceData } from '../../src/server/db/reference/reference-data';
import { loadGlossary } from '../../src/server/features/partnering/glossary/glossary';
import { rankMatches, sourceProfileOf } from '../../src/server/features/partnering/matching/matcher';
import { candidatePool } from '../../src/server/features/partnering/matching/matching.repo';
import { checkedColumns } from '../../src/server/features/partnering/profile-fields';
import { allDirections } from '../../src/server/features/partnering/profiles.repo';
import { partneringProfiles } from '../../src/server/db/schema/index';
import { freshPostgres } from '../bench-databases';
import { machine, summarize, timeIt } from '../bench-support';
import { evalProfiles } from './eval-set';

const argument = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const profileCount = argument('profiles', 200_000);
const queryCount = argument('queries', 40);

const bench = await freshPostgres();
const db = bench.connection.db;
try {
  await applyMigrations(bench.connection);
  await ensureReferenceData(db);
  const glossary = await loadGlossary();
  const directions = await allDirections(db);
  const codeToId = new Map(directions.map((d) => [d.code, d.id]));
  const today = new Date().toISOString().slice(0, 10);
  const countries = ['RU', 'BY', 'CN', 'KZ'];
  await db.execute(sql`insert into organizations (name_en, kind, country) select 'Bench ' || g, 'company', (array[${sql.join(countries.map((c) => sql`${c}`), sql`, `)}])[1 + g % 4] from generate_series(1, 2000) g`);
  await db.execute(sql`create table bench_templates (i int primary key, type text, language text, title text, summary text, search_text text, concepts text[], closure uuid[], direction_id uuid)`);
  const templates = evalProfiles();
  for (const [i, p] of templates.entries()) {
    const directionId = codeToId.get(p.direction)!;
    const { values } = await checkedColumns(db, {
      type: p.type, title: p.title, summary: p.summary, description: '', directionIds: [directionId], keywords: [], trl: 6, ipStatus: null,
      partnershipTypes: ['licence'], targetCountries: [], targetEcosystemIds: [], dealSizeBand: null, expiresOn: null, attachmentFileIds: [], anonymous: false,
    }, glossary, today);
    await db.execute(sql`insert into bench_templates values (${i}, ${p.type}, ${values.language}, ${p.title}, ${p.summary}, ${values.searchText},
      array[${sql.join(values.concepts.length ? values.concepts.map((c) => sql`${c}`) : [sql`''`], sql`, `)}]::text[], array[${sql.join(values.directionClosure.map((c) => sql`${c}`), sql`, `)}]::uuid[], ${directionId})`);
  }
  const loaded = await timeIt(async () => {
    await db.execute(sql`
      insert into partnering_profiles (organization_id, type, status, title, summary, language, search_text, concepts, direction_closure, trl, partnership_types, published_at)
      select o.id, t.type, 'published', t.title || ' #' || g, t.summary, t.language, t.search_text, t.concepts, t.closure, 3 + g % 7, array['licence'], now()
      from generate_series(1, ${profileCount}) g
      join bench_templates t on t.i = g % ${templates.length}
      join lateral (select id from organizations where name_en = 'Bench ' || (1 + g % 2000)) o on true`);
    await db.execute(sql`insert into partnering_profile_directions (profile_id, direction_id)
      select p.id, t.direction_id from partnering_profiles p join bench_templates t on t.title = regexp_replace(p.title, ' #[0-9]+$', '') on conflict do nothing`);
    await db.execute(sql`analyze`);
  });
  const sources = (await db.execute(sql`select id from partnering_profiles order by md5(id::text) limit ${queryCount}`) as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  const matcherTimes: number[] = [];
  const rawTimes: number[] = [];
  for (const id of sources) {
    const [row] = await db.select().from(partneringProfiles).where(sql`id = ${id}`);
    const organization = (await db.execute(sql`select country from organizations where id = ${row!.organizationId}`) as unknown as { rows: { country: string }[] }).rows[0]!;
    const directionIds = row!.directionClosure.slice(0, 1);
    const source = sourceProfileOf(row!, { country: organization.country, ecosystemIds: [] }, directionIds);
    rawTimes.push((await timeIt(() => candidatePool(db, source, today))).ms);
    matcherTimes.push((await timeIt(() => rankMatches(db, source, { glossary, directions, language: 'en', limit: 20, today }))).ms);
  }
  const matcher = summarize(matcherTimes);
  const raw = summarize(rawTimes);
  console.log(`machine: ${machine()}`);
  console.log(`profiles ${profileCount}, loaded in ${(loaded.ms / 1000).toFixed(1)} s; ${queryCount} sources`);
  console.log(`top-20 matches (pool SQL + scoring + reasons): p50 ${matcher.p50} ms, p95 ${matcher.p95} ms`);
  console.log(`raw SQL of the candidate pool alone:        p50 ${raw.p50} ms, p95 ${raw.p95} ms`);
  console.log(`ratio p95: ${(matcher.p95 / raw.p95).toFixed(2)}`);
} finally {
  await bench.dispose();
}
