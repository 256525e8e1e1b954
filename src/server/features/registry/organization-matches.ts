import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { directions, organizationDirections, organizations } from '../../db/schema/index';
import { organizationNamesVector } from '../../db/search-expressions';
import type { SearchTerms } from './search-terms';

/**
 * Directions the query names in any language, with all their descendants: "биотехнологии",
 * "biotechnology" and "生物技术" all name the same branch of the taxonomy. Asked once per search,
 * before the search statements: as a literal list their ids let the planner estimate the match
 * through organization_directions' index instead of guessing at a subquery.
 */
export async function matchingDirectionIds(db: Executor, terms: SearchTerms): Promise<string[]> {
  const result = await db.execute(sql`${namedDirections(terms)} select id from hits`);
  // Both drivers answer raw queries with { rows }.
  return (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
}

/** `with recursive hits(id)`: the directions the query names, with their branches. */
function namedDirections(terms: SearchTerms): SQL {
  const chineseLabel = terms.chinese.length ? sql`or ${directions.labelZh} like ${`%${escapeLike(terms.raw)}%`}` : sql``;
  return sql`with recursive hits as (
      select id from ${directions}
      where to_tsvector('russian', ${directions.labelRu}) @@ websearch_to_tsquery('russian', ${terms.raw})
         or to_tsvector('english', ${directions.labelEn}) @@ websearch_to_tsquery('english', ${terms.raw})
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
export type MatchQuery = { terms: SearchTerms; directionIds: string[]; broad?: boolean; rankNames?: boolean };

export async function matchQueryOf(db: Executor, terms: SearchTerms): Promise<MatchQuery> {
  return { terms, directionIds: await matchingDirectionIds(db, terms) };
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
    select coalesce((select json_agg(id) from hits), '[]'::json) as ids,
      ${upTo(sql`select 1 from ${organizations} where ${organizations.searchVector} @@ (${terms.tsquery})`)} as text_hits,
      ${upTo(sql`select 1 from ${organizationDirections} where ${organizationDirections.directionId} = any(array(select id from hits))`)} as direction_hits,
      ${upTo(sql`select 1 from ${organizations} where ${organizationNamesVector(organizations)} @@ (${terms.tsquery})`)} as name_hits`);
  type Row = { ids: string[] | string; text_hits: number; direction_hits: number; name_hits: number };
  const [row] = (result as unknown as { rows: Row[] }).rows;
  if (!row) throw new Error('the breadth statement answers one row');
  const directionIds = typeof row.ids === 'string' ? (JSON.parse(row.ids) as string[]) : row.ids;
  const broad = Math.max(row.text_hits, row.direction_hits) >= limit;
  return { terms, directionIds, broad, rankNames: row.name_hits > 0 && row.name_hits < limit };
}

/**
 * The organizations a query matches, one row per organization with how it matched:
 * `(id, by_text, by_name, by_direction)`. Each way is its own arm served by its own index (the
 * text-search GIN, the trigram GIN on the Latin name key, organization_directions by direction);
 * an OR of the three over the organizations row would scan the whole table instead.
 */
export function matchedOrganizations({ terms, directionIds }: MatchQuery, options: { substring?: boolean } = {}): SQL {
  const byName = terms.nameKey ? sql`union all select ${organizations.id}, false, true, false from ${organizations} where ${terms.nameKey} <% ${organizations.nameLatin}` : sql``;
  const byDirection = directionIds.length
    ? sql`union all select ${organizationDirections.organizationId}, false, false, true from ${organizationDirections}
        where ${inArray(organizationDirections.directionId, directionIds)}`
    : sql``;
  return sql`(select id, bool_or(by_text) as by_text, bool_or(by_name) as by_name, bool_or(by_direction) as by_direction
    from (
      select ${organizations.id} as id, true as by_text, false as by_name, false as by_direction from ${organizations} where ${organizations.searchVector} @@ (${terms.tsquery})
      ${byName}
      ${byDirection}
      ${options.substring ? substringArm(terms) : sql``}
    ) arms
    group by id)`;
}
