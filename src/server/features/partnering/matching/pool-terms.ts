import { sql, type SQL } from 'drizzle-orm';
import { isRequest } from '../../../../shared/partnering';
import { directions, partneringMatchProfiles } from '../../../db/schema/index';
import { conceptsForFullGlossarySignal, directionSimilarityByDistance, matchWeights, poolTermBudget, wordsForFullTextSignal } from './match-weights';
import type { MatchSource } from './matching.repo';
import type { TermFrequencies } from './term-frequencies';

export const textArray = (values: string[]): SQL => (values.length ? sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]` : sql`'{}'::text[]`);
export const uuidArray = (values: string[]): SQL => (values.length ? sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::uuid[]` : sql`'{}'::uuid[]`);

/** A word as a quoted tsquery operand: quotes doubled, backslashes escaped. */
export const tsLexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** Candidates the crowded-term condition may bring: a crowded direction or concept, with the other. */
const fallbackLimit = 500;

export type TermConditions = { budgeted: SQL | null; fallback: { condition: SQL; limit: number } | null };

/**
 * Which of the source's terms open the pool (ADR 033). Each direction (with its descendants) and
 * each glossary concept is a term; the rarest are taken first, while the published profiles they
 * hold fit in `poolTermBudget`, and read whole through the index of `partnering_typed_terms` over
 * the narrow copy of the published profiles (ADR 039; each term prefixed by the profile's type): a
 * rare term says more about a pair than a common one, and reading a term whole lets the rough ranking
 * see its best candidates, not its first ones. Terms too crowded for the budget still count together:
 * a profile under one of the source's directions (or their parents) sharing one of its concepts, at
 * most `fallbackLimit` of them — the same index answers both halves.
 */
export function termConditions(source: MatchSource, frequencies: TermFrequencies, budget = poolTermBudget): TermConditions {
  const m = partneringMatchProfiles;
  const typedTerms = sql`partnering_typed_terms(${m.type}, ${m.concepts}, ${m.directionClosure})`;
  // A term as the index holds it: one per complementary type, so the reads are of candidates only.
  const typed = (term: string) => source.complements.map((type) => `${type} ${term}`);
  const terms = [...source.directionIds, ...source.concepts]
    .map((value) => ({ value, profiles: typed(value).reduce((sum, t) => sum + frequencies.count(t), 0) }))
    .sort((a, b) => a.profiles - b.profiles || a.value.localeCompare(b.value));
  let spent = 0;
  const taken: string[] = [];
  let skipped = false;
  for (const term of terms) {
    if (spent + term.profiles > budget) { skipped = true; continue; }
    spent += term.profiles;
    taken.push(...typed(term.value));
  }
  const parts: SQL[] = [];
  if (taken.length) parts.push(sql`${typedTerms} && ${textArray(taken)}`);
  let fallback: TermConditions['fallback'] = null;
  if (skipped && source.directionIds.length && source.concepts.length) {
    const parents = sql`array(select t || ' ' || d.parent_id::text from ${directions} d, unnest(${textArray([...source.complements])}) t
      where d.id = any(${uuidArray(source.directionIds)}) and d.parent_id is not null)`;
    fallback = {
      condition: sql`(${typedTerms} && ${textArray(source.directionIds.flatMap(typed))} or ${typedTerms} && ${parents})
        and ${typedTerms} && ${textArray(source.concepts.flatMap(typed))}`,
      limit: fallbackLimit,
    };
  }
  return { budgeted: parts.length ? sql.join(parts, sql` or `) : null, fallback };
}

const sumOf = (checks: SQL[]) => (checks.length ? sql`(${sql.join(checks.map((c) => sql`(${c})::int`), sql` + `)})` : sql`0`);

/**
 * The matcher's score (score.ts) written in SQL over the columns at hand, to rank the pool before
 * the app scores it in full: directions by their distance in the tree (exact for profiles with one
 * direction: the closures' sizes and their overlap give it), shared concepts, the source's longest
 * words in the same language, TRL fit and partnership types. Geography is left out: inside the
 * pool it is the same for every candidate.
 */
export function roughScore(source: MatchSource, words: string[]): SQL {
  const p = partneringMatchProfiles;
  const sharedClosure = sumOf(source.directionClosure.map((id) => sql`${p.directionClosure} @> array[${id}]::uuid[]`));
  const distance = sql`(cardinality(${p.directionClosure}) + ${source.directionClosure.length}::int - 2 * ${sharedClosure})`;
  const similarity = sql`case when ${sharedClosure} = 0 then 0 else (${sql.raw(`array[${directionSimilarityByDistance.join(', ')}]::float8[]`)})[${distance} + 1] end`;
  const directionsValue = source.directionClosure.length ? sql`coalesce(${similarity}, 0)` : sql`0`;
  const glossaryValue = sql`least(1.0, ${sumOf(source.concepts.map((c) => sql`${p.concepts} @> array[${c}]::text[]`))} / ${sql.raw(`${conceptsForFullGlossarySignal}.0`)})`;
  const textValue = words.length
    ? sql`case when ${p.language} = ${source.language} then least(1.0, ${sumOf(words.map((w) => sql`${p.lexemes} @> array[${w}]::text[]`))} / ${sql.raw(`${wordsForFullTextSignal}.0`)}) else 0 end`
    : sql`0`;
  const offer = sql`${p.type} not like '%\\_request'`;
  const trlValue = source.trl === null ? sql`0.5` : sql`case when ${p.trl} is null then 0.5
      ${isRequest(source.type)
        ? sql`when ${offer} then (case when ${p.trl} >= ${source.trl} then 1 when ${p.trl} = ${source.trl - 1} then 0.4 else 0 end)`
        : sql`when not ${offer} then (case when ${source.trl} >= ${p.trl} then 1 when ${source.trl} = ${p.trl} - 1 then 0.4 else 0 end)`}
      else (case when abs(${p.trl} - ${source.trl}) <= 2 then 1 else 0.3 end) end`;
  const partnershipValue = source.partnershipTypes.length
    ? sql`case when cardinality(${p.partnershipTypes}) = 0 then 0.5 when ${p.partnershipTypes} && ${textArray(source.partnershipTypes)} then 1 else 0 end`
    : sql`0.5`;
  const w = (signal: keyof typeof matchWeights) => sql.raw(`${matchWeights[signal]}::float8`);
  return sql`(${w('directions')} * ${directionsValue} + ${w('glossary')} * ${glossaryValue} + ${w('text')} * ${textValue} + ${w('trl')} * ${trlValue} + ${w('partnership')} * ${partnershipValue})`;
}
