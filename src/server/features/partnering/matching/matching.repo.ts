import { sql, type SQL } from 'drizzle-orm';
import type { ProfileType } from '../../../../shared/partnering';
import type { Executor } from '../../../db/client';
import { ecosystemMemberships, organizations, partneringMatchProfiles, partneringProfiles } from '../../../db/schema/index';
import { roughScore, termConditions, textArray, tsLexeme, uuidArray } from './pool-terms';
import { candidatePoolSize, maxPooledWords, maxRankedWords, poolWordLimit } from './match-weights';
import { termFrequencies } from './term-frequencies';

export const textSearchConfig = (language: string) => (language === 'ru' ? 'russian' : language === 'en' ? 'english' : 'simple');

export type MatchSource = {
  id: string | null;
  organizationId: string;
  country: string;
  ecosystemIds: string[];
  language: string;
  searchText: string;
  concepts: string[];
  directionClosure: string[];
  /** The profile's own directions (the closure adds their ancestors). */
  directionIds: string[];
  targetCountries: string[];
  targetEcosystemIds: string[];
  complements: readonly ProfileType[];
  /** What the rough ranking of the pool weighs besides the terms. */
  type: ProfileType;
  trl: number | null;
  partnershipTypes: string[];
};

/** A candidate as the pool reads it: everything the scoring weighs, not the texts (`candidateTexts`). */
export type CandidateRow = {
  id: string; organization_id: string; type: ProfileType; language: string; concepts: string[];
  trl: number | null; partnership_types: string[]; target_countries: string[]; country: string; lexemes: string[]; direction_ids: string[];
};

/** The stemmed words of a text as PostgreSQL's search reads it in its language. */
export async function lexemesOf(db: Executor, language: string, text: string): Promise<string[]> {
  const result = await db.execute(sql`select tsvector_to_array(to_tsvector(${textSearchConfig(language)}::regconfig, ${text})) as lexemes`);
  return ((result as unknown as { rows: { lexemes: string[] }[] }).rows[0]?.lexemes) ?? [];
}

/**
 * The filters every candidate passes: published (a row of the narrow copy), unexpired, complementary,
 * another organization, inside both sides' targets.
 */
function eligible(source: MatchSource, today: string): SQL {
  // The type is already in every term the index is asked for; it is checked again as an expression,
  // so that no planner is tempted to combine it with the selective GIN conditions.
  const p = partneringMatchProfiles;
  return sql`(${p.expiresOn} is null or ${p.expiresOn} >= ${today})
      and ${p.type} || '' in (${sql.join(source.complements.map((t) => sql`${t}`), sql`, `)})
      and ${p.organizationId} <> ${source.organizationId}
      ${source.id ? sql`and ${p.profileId} <> ${source.id}` : sql``}
      and (cardinality(${p.targetCountries}) = 0 or ${source.country} = any(${p.targetCountries}))
      ${source.targetCountries.length ? sql`and exists (select 1 from ${organizations} o where o.id = ${p.organizationId} and o.country = any(${textArray(source.targetCountries)}))` : sql``}
      and (cardinality(${p.targetEcosystemIds}) = 0 or ${p.targetEcosystemIds} && ${uuidArray(source.ecosystemIds)})
      ${source.targetEcosystemIds.length ? sql`and exists (select 1 from ${ecosystemMemberships} m where m.organization_id = ${p.organizationId} and m.status in ('applicant', 'resident') and m.ecosystem_id = any(${uuidArray(source.targetEcosystemIds)}))` : sql``}`;
}

/** Stemmed words worth matching on: the text signal ignores short words and numbers, so does the pool. */
const wordsForPool = (lexemes: string[]) => [...new Set(lexemes)].filter((w) => w.length > 2 && !/^\d+$/.test(w))
  .sort((a, b) => b.length - a.length || a.localeCompare(b));

/** Every pair of the values: "shares at least two" as one tsquery an index can answer. */
function pairsOf<T>(values: T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (let i = 0; i < values.length; i += 1) for (let j = i + 1; j < values.length; j += 1) pairs.push([values[i]!, values[j]!]);
  return pairs;
}

/**
 * The candidate pool (ADR 033): published, unexpired, complementary profiles of other organizations,
 * inside each side's target countries and ecosystems, that share one of the source's rarest terms
 * (its directions and glossary concepts, taken while their profiles fit in a budget), or a crowded
 * term together with a near direction, or two words in the same language. The database ranks them
 * on the matcher's own weights, roughly (pool-terms.ts), and hands the best `candidatePoolSize` to
 * the full scoring in the app: one round trip, over the narrow copy of the published profiles
 * (ADR 039) — the texts of the few matches shown are read afterwards (`candidateTexts`).
 */
export async function candidatePool(db: Executor, source: MatchSource, today: string, lexemes: string[]): Promise<CandidateRow[]> {
  const p = partneringMatchProfiles;
  const words = wordsForPool(lexemes);
  const where = eligible(source, today);
  const conditions = termConditions(source, await termFrequencies(db));
  const rough = roughScore(source, words.slice(0, maxRankedWords));
  const branches: SQL[] = [];
  const branch = (condition: SQL, limit?: number) =>
    sql`(select ${p.profileId} as id, ${rough} as rough from ${p} where ${where} and (${condition}) ${limit ? sql`limit ${limit}` : sql``})`;
  if (conditions.budgeted) branches.push(branch(conditions.budgeted));
  if (conditions.fallback) branches.push(branch(conditions.fallback.condition, conditions.fallback.limit));
  const wordPairs = pairsOf(words.slice(0, maxPooledWords));
  if (wordPairs.length) {
    // Words as the index holds them: prefixed by a complementary type and the source's language.
    const typed = (type: string, word: string) => tsLexeme(`${type}/${source.language}/${word}`);
    const query = source.complements.flatMap((t) => wordPairs.map(([a, b]) => `${typed(t, a)} & ${typed(t, b)}`)).join(' | ');
    branches.push(branch(sql`partnering_typed_words(${p.type}, ${p.language}, ${p.lexemes}) @@ ${query}::tsquery`, poolWordLimit));
  }
  if (!branches.length) return [];
  const result = await db.execute(sql`
    with pool as (${sql.join(branches, sql` union `)}),
    best as (select id, max(rough) as rough from pool group by id order by max(rough) desc, id limit ${candidatePoolSize})
    select ${p.profileId} as id, ${p.organizationId} as organization_id, ${p.type} as type, ${p.language} as language,
      ${p.concepts} as concepts, ${p.trl} as trl, ${p.partnershipTypes} as partnership_types, ${p.targetCountries} as target_countries,
      o.country as country, ${p.lexemes} as lexemes,
      array(select d.direction_id from partnering_profile_directions d where d.profile_id = ${p.profileId}) as direction_ids
    from best join ${p} on ${p.profileId} = best.id join ${organizations} o on o.id = ${p.organizationId}
    order by best.rough desc, ${p.profileId}`);
  return (result as unknown as { rows: CandidateRow[] }).rows;
}

/** The texts of a few candidates (the matches shown): what the reasons quote. */
export async function candidateTexts(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const p = partneringProfiles;
  const result = await db.execute(sql`select ${p.id} as id, concat_ws(E'\n', ${p.title}, ${p.summary}, ${p.description}, array_to_string(${p.keywords}, ', ')) as text
    from ${p} where ${p.id} = any(${uuidArray(ids)})`);
  return new Map((result as unknown as { rows: { id: string; text: string }[] }).rows.map((r) => [r.id, r.text]));
}
