import { sql, type SQL } from 'drizzle-orm';
import type { ProfileType } from '../../../../shared/partnering';
import type { Executor } from '../../../db/client';
import { directions, ecosystemMemberships, organizations, partneringProfiles } from '../../../db/schema/index';
import { candidatePoolSize, maxPooledConcepts, maxPooledWords, poolBranchLimit } from './match-weights';

const textArray = (values: string[]): SQL => (values.length ? sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]` : sql`'{}'::text[]`);
const uuidArray = (values: string[]): SQL => (values.length ? sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::uuid[]` : sql`'{}'::uuid[]`);

/** A word as a quoted tsquery operand: quotes doubled, backslashes escaped. */
const tsLexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

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
};

export type CandidateRow = {
  id: string; organization_id: string; type: ProfileType; language: string; text: string; concepts: string[];
  trl: number | null; partnership_types: string[]; target_countries: string[]; country: string; lexemes: string[]; direction_ids: string[];
};

/** The stemmed words of a text as PostgreSQL's search reads it in its language. */
export async function lexemesOf(db: Executor, language: string, text: string): Promise<string[]> {
  const result = await db.execute(sql`select tsvector_to_array(to_tsvector(${textSearchConfig(language)}::regconfig, ${text})) as lexemes`);
  return ((result as unknown as { rows: { lexemes: string[] }[] }).rows[0]?.lexemes) ?? [];
}

/** The filters every candidate passes: published, unexpired, complementary, another organization, inside both sides' targets. */
function eligible(source: MatchSource, today: string): SQL {
  // The type is compared as an expression on purpose: its btree index matches half the table, and a
  // planner that ANDs it with the selective GIN conditions reads far more than it saves.
  const p = partneringProfiles;
  return sql`${p.status} = 'published' and (${p.expiresOn} is null or ${p.expiresOn} >= ${today})
      and ${p.type} || '' in (${sql.join(source.complements.map((t) => sql`${t}`), sql`, `)})
      and ${p.organizationId} <> ${source.organizationId}
      ${source.id ? sql`and ${p.id} <> ${source.id}` : sql``}
      and (cardinality(${p.targetCountries}) = 0 or ${source.country} = any(${p.targetCountries}))
      ${source.targetCountries.length ? sql`and exists (select 1 from ${organizations} o where o.id = ${p.organizationId} and o.country = any(${textArray(source.targetCountries)}))` : sql``}
      and (cardinality(${p.targetEcosystemIds}) = 0 or ${p.targetEcosystemIds} && ${uuidArray(source.ecosystemIds)})
      ${source.targetEcosystemIds.length ? sql`and exists (select 1 from ${ecosystemMemberships} m where m.organization_id = ${p.organizationId} and m.status in ('applicant', 'resident') and m.ecosystem_id = any(${uuidArray(source.targetEcosystemIds)}))` : sql``}`;
}

/** Stemmed words worth pairing in the text branch: the signal ignores short words and numbers, so does the pool. */
const wordsForPool = (lexemes: string[]) => [...new Set(lexemes)].filter((w) => w.length > 2 && !/^\d+$/.test(w))
  .sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, maxPooledWords);

/** Every pair of the values: "shares at least two" as conditions an index can answer. */
function pairsOf<T>(values: T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (let i = 0; i < values.length; i += 1) for (let j = i + 1; j < values.length; j += 1) pairs.push([values[i]!, values[j]!]);
  return pairs;
}

/**
 * The candidate pool (ADR 028): published, unexpired, complementary profiles of other organizations,
 * inside each side's target countries and ecosystems, found by selective conditions each with its own
 * limit — two shared glossary concepts, one shared concept under the same parent direction, the same direction,
 * two shared words in the same language — and ranked roughly over their union only. A common branch of
 * the taxonomy alone never opens the pool: in a crowded marketplace it holds tens of thousands.
 * The app scores the pool in full.
 */
export async function candidatePool(db: Executor, source: MatchSource, today: string, lexemes: string[]): Promise<CandidateRow[]> {
  const p = partneringProfiles;
  const concepts = source.concepts.slice(0, maxPooledConcepts);
  const words = wordsForPool(lexemes);
  const conceptPairs = pairsOf(concepts);
  const wordPairs = pairsOf(words);
  const where = eligible(source, today);
  const branches: SQL[] = [];
  // Each condition takes its first rows unranked: ranking inside a condition reads every row it
  // matches, thousands in a crowded direction, and that is what made the pool slow. The union is ranked.
  const first = (condition: SQL) => sql`(select ${p.id} as id from ${p} where ${where} and (${condition}) limit ${poolBranchLimit})`;
  if (conceptPairs.length) branches.push(first(sql.join(conceptPairs.map((pair) => sql`${p.concepts} @> ${textArray(pair)}`), sql` or `)));
  if (source.directionIds.length) {
    const sameDirection = sql`${p.directionClosure} && ${uuidArray(source.directionIds)}`;
    if (concepts.length) branches.push(first(sql`${sameDirection} and ${p.concepts} && ${textArray(concepts)}`));
    branches.push(first(sameDirection));
    if (concepts.length) {
      const parents = sql`array(select d.parent_id from ${directions} d where d.id = any(${uuidArray(source.directionIds)}) and d.parent_id is not null)`;
      branches.push(first(sql`${p.concepts} && ${textArray(concepts)} and ${p.directionClosure} && ${parents}`));
    }
  }
  if (wordPairs.length) {
    const query = wordPairs.map(([a, b]) => `${tsLexeme(a)} & ${tsLexeme(b)}`).join(' | ');
    branches.push(first(sql`${p.language} = ${source.language} and ${p.searchVector} @@ to_tsquery('simple', ${query})`));
  }
  if (!branches.length) return [];
  const result = await db.execute(sql`
    with pool as (${sql.join(branches, sql` union `)})
    select ${p.id} as id, ${p.organizationId} as organization_id, ${p.type} as type, ${p.language} as language,
      concat_ws(E'\n', ${p.title}, ${p.summary}, ${p.description}, array_to_string(${p.keywords}, ', ')) as text,
      ${p.concepts} as concepts, ${p.trl} as trl, ${p.partnershipTypes} as partnership_types, ${p.targetCountries} as target_countries,
      o.country as country, tsvector_to_array(${p.searchVector}) as lexemes,
      array(select d.direction_id from partnering_profile_directions d where d.profile_id = ${p.id}) as direction_ids
    from pool join ${p} on ${p.id} = pool.id join ${organizations} o on o.id = ${p.organizationId}
    order by
      cardinality(array(select unnest(${p.concepts}) intersect select unnest(${textArray(concepts)}))) * 2
      + cardinality(array(select unnest(${p.directionClosure}) intersect select unnest(${uuidArray(source.directionClosure)})))
      + case when ${p.language} = ${source.language} then cardinality(array(select unnest(tsvector_to_array(${p.searchVector})) intersect select unnest(${textArray(words)}))) else 0 end desc,
      ${p.id}
    limit ${candidatePoolSize}`);
  return (result as unknown as { rows: CandidateRow[] }).rows;
}
