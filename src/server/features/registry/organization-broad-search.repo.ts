import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organizationDirections, organizations } from '../../db/schema/index';
import { organizationNamesVector } from '../../db/search-expressions';
import { nameMatches, type MatchQuery } from './organization-matches';
import { afterCursor, decodeCursor, encodeCursor } from '../../lib/keyset';
import { registryGenerationValue } from './registry-generation';
import { organizationHitColumns } from './registry.mappers';
import { displayName } from './registry.repo';

type Page = { page: number; pageSize: number; after?: string };

/**
 * One page of a broad search (ADR 041): a query whose text or direction arm has more hits than are
 * worth ranking. The organizations whose names hold the query's words (the hits a user looks for
 * first, and few) are ranked as a narrow search ranks them; every other hit follows with the score
 * 0, in the order of its id — random, so it favours no name and walking the primary key meets the
 * hits at their own frequency — stopped as soon as the page is full. The page costs about the rows
 * it shows instead of every hit. The typo arm's test (a name in another script) is made on each row
 * read rather than searched through its index.
 * `where` is the caller's scope and the filters.
 */
export async function searchBroadOrganizations(db: Executor, query: MatchQuery, where: SQL | undefined, page: Page) {
  const { terms, directionIds } = query;
  const byText = sql<boolean>`(${organizations.searchVector} @@ (${terms.tsquery}))`;
  // `offset 0` keeps it a lookup per row: as a hashed subplan it would first read every linked row.
  const byDirection = directionIds.length
    ? sql<boolean>`exists (select 1 from ${organizationDirections} where ${organizationDirections.organizationId} = ${organizations.id} and ${inArray(organizationDirections.directionId, directionIds)} offset 0)`
    : sql<boolean>`false`;
  // A name in another script or with a typo (the trigram arm), tested on each row read, not searched.
  const nameTest = nameMatches(query);
  const bySimilarName = nameTest ? sql<boolean>`coalesce(${nameTest}, false)` : sql<boolean>`false`;
  const byNames = sql<boolean>`(${organizationNamesVector(organizations)} @@ (${terms.tsquery}))`;
  // The same test on the row already read: the names are search_vector's weight A (no parsing).
  const namesHold = sql<boolean>`coalesce(ts_filter(${organizations.searchVector}, '{a}') @@ (${terms.tsquery}), false)`;
  // The narrow search's score (organization-search.repo.ts).
  const similarity = terms.nameKey ? sql`case when ${bySimilarName} then word_similarity(${terms.nameKey}, coalesce(${organizations.nameLatin}, '')) else 0 end` : sql`0`;
  const score = sql<number>`(ts_rank(${organizations.searchVector}, ${terms.tsquery}) * 10 + ${similarity} + case when ${byDirection} then 0.3 else 0 end)::float8`;
  const keyset = page.after ? decodeCursor(page.after, ['number', 'string', 'string']) : undefined;
  // A cursor with a score above 0 stands among the named hits; at 0, among the rest.
  const inRest = keyset !== undefined && Number(keyset[0]) <= 0;
  const wanted = (keyset ? 0 : (page.page - 1) * page.pageSize) + page.pageSize + 1;
  const columns = { organization: organizationHitColumns, displayName, byText, byDirection, byName: bySimilarName, generation: registryGenerationValue };

  const named = query.rankNames && !inRest
    ? db
        .select({ ...columns, score })
        .from(organizations)
        .where(and(byNames, where, keyset ? afterCursor([
          { expression: score, direction: 'desc', value: keyset[0]! },
          { expression: displayName, direction: 'asc', value: keyset[1]! },
          { expression: sql`${organizations.id}`, direction: 'asc', value: keyset[2]! },
        ]) : undefined))
        .orderBy(sql`${score} desc`, displayName, organizations.id)
        .limit(wanted)
    : Promise.resolve([]);
  const restMatch = sql`(${sql.join([byText, ...(directionIds.length ? [byDirection] : []), ...(terms.nameKey ? [bySimilarName] : [])], sql` or `)})`;
  const rest = db
    .select({ ...columns, score: sql<number>`0::float8` })
    .from(organizations)
    .where(and(restMatch, query.rankNames ? sql`not ${namesHold}` : undefined, where, inRest ? sql`${organizations.id} > ${keyset[2]!}` : undefined))
    .orderBy(organizations.id)
    .limit(wanted);
  const [namedRows, restRows] = await Promise.all([named, rest]);
  const rows = [...namedRows, ...restRows].slice(keyset ? 0 : (page.page - 1) * page.pageSize).slice(0, page.pageSize + 1);
  const items = rows.slice(0, page.pageSize);
  const last = items.at(-1);
  const nextCursor = rows.length > page.pageSize && last ? encodeCursor([Number(last.score), last.displayName, last.organization.id]) : null;
  // Two statements: a generation only when both read the same one, else the caller reads it alone.
  const generations = new Set([...namedRows, ...restRows].map((row) => row.generation));
  return { rows: items, nextCursor, generation: generations.size === 1 ? [...generations][0] : undefined };
}
