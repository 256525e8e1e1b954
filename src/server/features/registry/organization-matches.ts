import { sql, type SQL } from 'drizzle-orm';
import { inline, type Bind } from '../../db/bind';
import type { Executor } from '../../db/client';
import { directions, organizationDirections, organizations } from '../../db/schema/index';
import { organizationNamesVector } from '../../db/search-expressions';
import { textQuery, type SearchTerms } from './search-terms';

/** `with recursive hits(id)`: the directions the query names, with their branches. */
function namedDirections(terms: SearchTerms): SQL {
  const chineseLabel = terms.chinese.length ? sql`or ${directions.labelZh} like ${`%${escapeLike(terms.raw)}%`}` : sql``;
  return sql`with recursive hits as (
      select id from ${directions}
      where ${directions.labelVectorRu} @@ websearch_to_tsquery('russian', ${terms.raw})
         or ${directions.labelVectorEn} @@ websearch_to_tsquery('english', ${terms.raw})
         ${chineseLabel}
      union
      select d.id from ${directions} d join hits h on d.parent_id = h.id
    )`;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A part of a name as typed, for lists filtered while the user types: matched on the folded Latin
 * key of all names (so any script, served by its trigram index), and on the Chinese names for Han.
 */
function substringArm(terms: SearchTerms): SQL {
  const arms: SQL[] = [];
  if (terms.nameKey.length >= 2) arms.push(sql`${organizations.nameLatin} like ${`%${escapeLike(terms.nameKey)}%`}`);
  if (/\p{Script=Han}/u.test(terms.raw)) {
    const pattern = `%${escapeLike(terms.raw)}%`;
    arms.push(sql`${organizations.nameZh} like ${pattern} or ${organizations.shortNameZh} like ${pattern}`);
  }
  if (arms.length === 0) return sql``;
  return sql`union all select ${organizations.id}, false, false, false from ${organizations} where ${sql.join(arms, sql` or `)}`;
}

/**
 * A query ready to match: its terms and the directions it names. A search's query also knows its
 * breadth (ADR 041): `broad` when its text or direction arm passes `rankedHitLimit` hits, and then
 * `rankNames` when there are organizations whose names hold its words, few enough to rank.
 */
export type MatchQuery = { terms: SearchTerms; directionIds: string[]; broad?: boolean; rankNames?: boolean; wordHolders?: WordHolders };

/**
 * The names that hold every word of a key of several words (ADR 046): their ids when few, so that
 * the statements after look them up by id instead of searching the trigram index again; `'many'`
 * when too many to list; none (empty or absent) when the whole key matches instead.
 */
type WordHolders = string[] | 'many';

/**
 * The names that hold every word of the query's name key, each with a typo at most or in another
 * script (ADR 046), asked only of a key of several words: their ids as JSON when at most `limit`,
 * null when more. Aggregated over all of them, not stopped at a first row: the planner cannot
 * estimate a trigram test, and to stop early it chose reading the table in order — every row when
 * no name holds the words; an aggregate reads the index's candidates.
 */
function wordHoldersOf(terms: SearchTerms, limit: number): SQL {
  if (terms.nameWords.length === 0) return sql`'[]'::json`;
  return sql`(select case when count(*) <= ${limit} then coalesce(json_agg(${organizations.id}), '[]'::json) end
    from ${organizations} where ${nameHoldsWords(terms.nameWords, inline)})`;
}

function wordHoldersFrom(value: string[] | string | null): WordHolders {
  if (value === null) return 'many';
  return typeof value === 'string' ? (JSON.parse(value) as string[]) : value;
}

function nameHoldsWords(words: string[], bind: Bind): SQL {
  return sql.join(words.map((word, i) => sql`${bind(`nameWord${i}`, word)} <% ${organizations.nameLatin}`), sql` and `);
}

/**
 * The typo arm's test of an organization's names (ADR 046): a name that holds each word of the
 * query when some name does; otherwise a name close to the whole key, which a long word can pass
 * alone ("tuimada soft" is 0.6 similar to every "tuimada …"). Undefined for a query with no key.
 */
export function nameMatches({ terms, wordHolders }: MatchQuery, bind: Bind = inline): SQL | undefined {
  if (!terms.nameKey) return undefined;
  if (wordHolders === 'many') return nameHoldsWords(terms.nameWords, bind);
  if (wordHolders?.length) return sql`${organizations.id} = any(${bind('wordHolders', wordHolders)}::uuid[])`;
  return sql`${bind('nameKey', terms.nameKey)} <% ${organizations.nameLatin}`;
}

/**
 * What the text of a match's statements depends on besides the caller and the page (ADR 047): two
 * queries of the same shape send the same statements with other values. `nameMatches`,
 * `textQuery` and `matchedOrganizations` branch on nothing else.
 */
export function matchShape({ terms, directionIds, wordHolders }: MatchQuery): string {
  const name = !terms.nameKey ? 'no-name' : wordHolders === 'many' ? `name-words-${terms.nameWords.length}` : wordHolders?.length ? 'name-holders' : 'name-key';
  return [terms.chinese.length ? 'chinese' : 'no-chinese', name, directionIds.length ? 'directions' : 'no-directions'].join(' ');
}

type MatchRow = { ids: string[] | string; word_holders: string[] | string | null };

function directionIdsOf(row: MatchRow): string[] {
  return typeof row.ids === 'string' ? (JSON.parse(row.ids) as string[]) : row.ids;
}

/**
 * A list's match query, in one statement: the directions the query names in any language, with all
 * their descendants ("биотехнологии", "biotechnology" and "生物技术" name the same branch of the
 * taxonomy), and which names hold its words. Known before the statements that use them, the
 * direction ids let the planner estimate the match through organization_directions' index instead
 * of guessing at a subquery.
 */
export async function matchQueryOf(db: Executor, terms: SearchTerms): Promise<MatchQuery> {
  const result = await db.execute(sql`${namedDirections(terms)}
    select coalesce((select json_agg(id) from hits), '[]'::json) as ids, ${wordHoldersOf(terms, rankedHitLimit)} as word_holders`);
  const [row] = (result as unknown as { rows: MatchRow[] }).rows;
  if (!row) throw new Error('the match statement answers one row');
  return { terms, directionIds: directionIdsOf(row), wordHolders: wordHoldersFrom(row.word_holders) };
}

/**
 * Above this many hits of an arm a search is broad: ranking every hit (reading each row for
 * `ts_rank`) would cost more than the page is worth (ADR 041).
 */
export const rankedHitLimit = 200;

/**
 * The search's match query with its breadth, in the one statement that finds the named directions:
 * each arm's hits are counted up to `rankedHitLimit` + 1 and no further, so telling a broad query
 * costs about what telling a narrow one does.
 */
export async function searchQueryOf(db: Executor, terms: SearchTerms, hitLimit = rankedHitLimit): Promise<MatchQuery> {
  const limit = hitLimit + 1;
  const upTo = (rows: SQL) => sql`(select count(*)::int from (${rows} limit ${limit}) arm)`;
  const result = await db.execute(sql`${namedDirections(terms)}
    select coalesce((select json_agg(id) from hits), '[]'::json) as ids, ${wordHoldersOf(terms, hitLimit)} as word_holders,
      ${upTo(sql`select 1 from ${organizations} where ${organizations.searchVector} @@ (${textQuery(terms)})`)} as text_hits,
      ${upTo(sql`select 1 from ${organizationDirections} where ${organizationDirections.directionId} = any(array(select id from hits))`)} as direction_hits,
      ${upTo(sql`select 1 from ${organizations} where ${organizationNamesVector(organizations)} @@ (${textQuery(terms)})`)} as name_hits`);
  type Row = MatchRow & { text_hits: number; direction_hits: number; name_hits: number };
  const [row] = (result as unknown as { rows: Row[] }).rows;
  if (!row) throw new Error('the breadth statement answers one row');
  const broad = Math.max(row.text_hits, row.direction_hits) >= limit;
  return { terms, directionIds: directionIdsOf(row), broad, rankNames: row.name_hits > 0 && row.name_hits < limit, wordHolders: wordHoldersFrom(row.word_holders) };
}

/**
 * The organizations a query matches, one row per organization with how it matched:
 * `(id, by_text, by_name, by_direction)`. Each way is its own arm served by its own index (the
 * text-search GIN, the trigram GIN on the Latin name key, organization_directions by direction);
 * an OR of the three over the organizations row would scan the whole table instead.
 */
export function matchedOrganizations(query: MatchQuery, options: { substring?: boolean; bind?: Bind } = {}): SQL {
  const { terms, directionIds } = query;
  const bind = options.bind ?? inline;
  const nameTest = nameMatches(query, bind);
  const byName = nameTest ? sql`union all select ${organizations.id}, false, true, false from ${organizations} where ${nameTest}` : sql``;
  // As one array value the named directions still let the planner estimate the arm through
  // organization_directions' index (it sees the value) rather than guess at a subquery.
  const byDirection = directionIds.length
    ? sql`union all select ${organizationDirections.organizationId}, false, false, true from ${organizationDirections}
        where ${organizationDirections.directionId} = any(${bind('directionIds', directionIds)}::uuid[])`
    : sql``;
  return sql`(select id, bool_or(by_text) as by_text, bool_or(by_name) as by_name, bool_or(by_direction) as by_direction
    from (
      select ${organizations.id} as id, true as by_text, false as by_name, false as by_direction from ${organizations} where ${organizations.searchVector} @@ (${textQuery(terms, bind)})
      ${byName}
      ${byDirection}
      ${options.substring ? substringArm(terms) : sql``}
    ) arms
    group by id)`;
}
