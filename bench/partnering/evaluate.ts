/**
 * Evaluates the matcher on the labelled set of eval-set.ts against a baseline that only has
 * same-language full-text search (PostgreSQL FTS, ranked by ts_rank), as a keyword-based broker
 * tool would. Prints nDCG@10 and recall@10 over all judged pairs and over cross-language pairs.
 *
 *   npm run bench:partnering-eval
 */
import { sql } from 'drizzle-orm';
import { areComplementary, complementaryTypes } from '../../src/shared/partnering';
import type { Executor } from '../../src/server/db/client';
import { organizations, partneringProfileDirections, partneringProfiles } from '../../src/server/db/schema/index';
import { loadGlossary } from '../../src/server/features/partnering/glossary/glossary';
import { rankMatches, sourceProfileOf } from '../../src/server/features/partnering/matching/matcher';
import { checkedColumns } from '../../src/server/features/partnering/profile-fields';
import { allDirections } from '../../src/server/features/partnering/profiles.repo';
import { createTestDatabase } from '../../src/server/test-support/test-database';
import { evalProfiles, type EvalProfile } from './eval-set';

const k = 10;
const countryOf = { ru: 'RU', en: 'BY', zh: 'CN' } as const;

export type Metrics = { ndcg: number; recall: number; queries: number };

/** nDCG@k and recall@k of one ranked list against a set of relevant ids (binary relevance). */
export function scoreList(ranked: string[], relevant: Set<string>) {
  const top = ranked.slice(0, k);
  const dcg = top.reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(relevant.size, k) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
  return { ndcg: ideal ? dcg / ideal : 0, recall: top.filter((id) => relevant.has(id)).length / relevant.size };
}

function average(lists: { ndcg: number; recall: number }[]): Metrics {
  const n = lists.length || 1;
  return { ndcg: lists.reduce((s, l) => s + l.ndcg, 0) / n, recall: lists.reduce((s, l) => s + l.recall, 0) / n, queries: lists.length };
}

/** The baseline: complementary profiles in the same language ranked by ts_rank of the source's words. */
async function baseline(db: Executor, sourceId: string, type: EvalProfile['type']): Promise<string[]> {
  const result = await db.execute(sql`
    with s as (select language, organization_id, search_vector v from ${partneringProfiles} where id = ${sourceId}),
    q as (select to_tsquery('simple', (select string_agg(quote_literal(l), ' | ') from unnest(tsvector_to_array(s.v)) l)) q from s)
    select p.id from ${partneringProfiles} p, s, q
    where p.status = 'published' and p.type in (${sql.join(complementaryTypes[type].map((t) => sql`${t}`), sql`, `)})
      and p.language = s.language and p.organization_id <> s.organization_id and p.search_vector @@ q.q
    order by ts_rank(p.search_vector, q.q) desc, p.id limit ${k}`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

export async function evaluate() {
  const connection = await createTestDatabase();
  const db = connection.db;
  const glossary = await loadGlossary();
  const directions = await allDirections(db);
  const codeToId = new Map(directions.map((d) => [d.code, d.id]));
  const today = new Date().toISOString().slice(0, 10);
  const profiles = evalProfiles();
  const ids = new Map<string, string>();
  for (const profile of profiles) {
    const [organization] = await db.insert(organizations).values({ nameEn: `Eval ${profile.key}`, kind: 'company', country: countryOf[profile.language] }).returning();
    const directionId = codeToId.get(profile.direction);
    if (!directionId) throw new Error(`Unknown direction ${profile.direction}`);
    const fields = {
      type: profile.type, title: profile.title, summary: profile.summary, description: '', directionIds: [directionId], keywords: [], trl: null, ipStatus: null,
      partnershipTypes: [], targetCountries: [], targetEcosystemIds: [], dealSizeBand: null, expiresOn: null, attachmentFileIds: [], anonymous: false,
    };
    const { values } = await checkedColumns(db, fields, glossary, today);
    if (values.language !== profile.language) throw new Error(`${profile.key} reads as ${values.language}, written in ${profile.language}`);
    const [row] = await db.insert(partneringProfiles).values({ ...values, organizationId: organization!.id, status: 'published' }).returning();
    await db.insert(partneringProfileDirections).values({ profileId: row!.id, directionId });
    ids.set(profile.key, row!.id);
  }
  const byId = new Map(profiles.map((p) => [ids.get(p.key)!, p]));
  const runs = { matcher: [] as ReturnType<typeof scoreList>[], baseline: [] as ReturnType<typeof scoreList>[], matcherCross: [] as ReturnType<typeof scoreList>[], baselineCross: [] as ReturnType<typeof scoreList>[] };
  for (const profile of profiles) {
    const id = ids.get(profile.key)!;
    const relevant = profiles.filter((p) => p.topic === profile.topic && p.key !== profile.key && areComplementary(profile.type, p.type));
    if (!relevant.length) continue;
    const relevantIds = new Set(relevant.map((p) => ids.get(p.key)!));
    const crossIds = new Set(relevant.filter((p) => p.language !== profile.language).map((p) => ids.get(p.key)!));
    const [row] = await db.select().from(partneringProfiles).where(sql`id = ${id}`);
    const source = sourceProfileOf(row!, { country: countryOf[profile.language], ecosystemIds: [] }, [codeToId.get(profile.direction)!]);
    const ranked = (await rankMatches(db, source, { glossary, directions, language: 'en', limit: k, today })).map((m) => m.id);
    const base = await baseline(db, id, profile.type);
    runs.matcher.push(scoreList(ranked, relevantIds));
    runs.baseline.push(scoreList(base, relevantIds));
    if (crossIds.size) {
      // Cross-language: only the relevant profiles in another language count, the others are left out of the lists.
      const drop = (list: string[]) => list.filter((x) => !(relevantIds.has(x) && !crossIds.has(x)));
      runs.matcherCross.push(scoreList(drop(ranked), crossIds));
      runs.baselineCross.push(scoreList(drop(base), crossIds));
    }
  }
  await connection.close();
  return {
    profiles: profiles.length,
    languages: { ru: profiles.filter((p) => p.language === 'ru').length, en: profiles.filter((p) => p.language === 'en').length, zh: profiles.filter((p) => p.language === 'zh').length },
    judgedPairs: [...byId.values()].reduce((n, p) => n + profiles.filter((o) => o.topic === p.topic && o.key !== p.key && areComplementary(p.type, o.type)).length, 0) / 2,
    glossaryConcepts: glossary.size,
    matcher: average(runs.matcher),
    baseline: average(runs.baseline),
    matcherCrossLanguage: average(runs.matcherCross),
    baselineCrossLanguage: average(runs.baselineCross),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const result = await evaluate();
  const f = (m: Metrics) => `nDCG@10 ${m.ndcg.toFixed(3)}  recall@10 ${m.recall.toFixed(3)}  (${m.queries} queries)`;
  console.log(`profiles ${result.profiles} (ru ${result.languages.ru}, en ${result.languages.en}, zh ${result.languages.zh}), judged relevant pairs ${result.judgedPairs}, glossary concepts ${result.glossaryConcepts}`);
  console.log(`matcher                 ${f(result.matcher)}`);
  console.log(`baseline (same-lang FTS) ${f(result.baseline)}`);
  console.log(`matcher, cross-language  ${f(result.matcherCrossLanguage)}`);
  console.log(`baseline, cross-language ${f(result.baselineCrossLanguage)}`);
  console.log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
