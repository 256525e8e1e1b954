import { and, sql, type SQL } from 'drizzle-orm';
import { recordingPlaceholders, type Bind } from '../../db/bind';
import type { Executor } from '../../db/client';
import { preparedStatements } from '../../db/prepared';
import { organizationDirections, organizations } from '../../db/schema/index';
import { organizationNamesVector } from '../../db/search-expressions';
import { nameMatches, type MatchQuery } from './organization-matches';
import { afterCursor, decodeCursor, encodeCursor } from '../../lib/keyset';
import { registryGenerationValue } from './registry-generation';
import { organizationHitColumns } from './registry.mappers';
import type { OrganizationReadScope } from './registry.policy';
import { displayName } from './registry.repo';
import { scopeAndFilters, searchShape, type SearchFilters, type SearchPage } from './organization-search-parts';
import { textQuery } from './search-terms';

/** The tests and the score of a broad page, made on each row read; values through `bind`. */
function rowTests(query: MatchQuery, bind: Bind) {
  const { terms, directionIds } = query;
  const tsquery = textQuery(terms, bind);
  const byText = sql<boolean>`(${organizations.searchVector} @@ (${tsquery}))`;
  // `offset 0` keeps it a lookup per row: as a hashed subplan it would first read every linked row.
  const byDirection = directionIds.length
    ? sql<boolean>`exists (select 1 from ${organizationDirections} where ${organizationDirections.organizationId} = ${organizations.id} and ${organizationDirections.directionId} = any(${bind('directionIds', directionIds)}::uuid[]) offset 0)`
    : sql<boolean>`false`;
  // A name in another script or with a typo (the trigram arm), tested on each row read, not searched.
  const nameTest = nameMatches(query, bind);
  const bySimilarName = nameTest ? sql<boolean>`coalesce(${nameTest}, false)` : sql<boolean>`false`;
  const byNames = sql<boolean>`(${organizationNamesVector(organizations)} @@ (${tsquery}))`;
  // The same test on the row already read: the names are search_vector's weight A (no parsing).
  const namesHold = sql<boolean>`coalesce(ts_filter(${organizations.searchVector}, '{a}') @@ (${tsquery}), false)`;
  // The narrow search's score (organization-search.repo.ts).
  const similarity = terms.nameKey ? sql`case when ${bySimilarName} then word_similarity(${bind('nameKey', terms.nameKey)}, coalesce(${organizations.nameLatin}, '')) else 0 end` : sql`0`;
  const score = sql<number>`(ts_rank(${organizations.searchVector}, ${tsquery}) * 10 + ${similarity} + case when ${byDirection} then 0.3 else 0 end)::float8`;
  const restMatch = sql`(${sql.join([byText, ...(directionIds.length ? [byDirection] : []), ...(nameTest ? [bySimilarName] : [])], sql` or `)})`;
  const columns = { organization: organizationHitColumns, displayName, byText, byDirection, byName: bySimilarName, generation: registryGenerationValue };
  return { byNames, namesHold, score, restMatch, columns };
}

type RowTests = ReturnType<typeof rowTests>;

function prepareNamedPage(db: Executor, { columns, score }: RowTests, where: SQL | undefined) {
  return db.select({ ...columns, score }).from(organizations).where(where)
    .orderBy(sql`${score} desc`, displayName, organizations.id)
    .limit(sql.placeholder('limit'))
    .prepare('');
}

function prepareRestPage(db: Executor, { columns }: RowTests, where: SQL | undefined) {
  return db.select({ ...columns, score: sql<number>`0::float8` }).from(organizations).where(where)
    .orderBy(organizations.id)
    .limit(sql.placeholder('limit'))
    .prepare('');
}

const namedPages = preparedStatements<ReturnType<typeof prepareNamedPage>>();
const restPages = preparedStatements<ReturnType<typeof prepareRestPage>>();

/**
 * One page of a broad search (ADR 041): a query whose text or direction arm has more hits than are
 * worth ranking. The organizations whose names hold the query's words (the hits a user looks for
 * first, and few) are ranked as a narrow search ranks them; every other hit follows with the score
 * 0, in the order of its id — random, so it favours no name and walking the primary key meets the
 * hits at their own frequency — stopped as soon as the page is full. The page costs about the rows
 * it shows instead of every hit. The typo arm's test (a name in another script) is made on each row
 * read rather than searched through its index. Both statements are built once per shape (ADR 047).
 */
export async function searchBroadOrganizations(db: Executor, scope: OrganizationReadScope, query: MatchQuery, filters: SearchFilters, page: SearchPage) {
  const keyset = page.after ? decodeCursor(page.after, ['number', 'string', 'string']) : undefined;
  // A cursor with a score above 0 stands among the named hits; at 0, among the rest.
  const inRest = keyset !== undefined && Number(keyset[0]) <= 0;
  const wanted = (keyset ? 0 : (page.page - 1) * page.pageSize) + page.pageSize + 1;
  const { bind, values } = recordingPlaceholders();
  const tests = rowTests(query, bind);
  const where = scopeAndFilters(scope, filters, bind);
  const shape = searchShape(scope, query, filters);

  const namedWhere = and(tests.byNames, where, keyset ? afterCursor([
    { expression: tests.score, direction: 'desc', value: bind('afterScore', keyset[0]) },
    { expression: displayName, direction: 'asc', value: bind('afterName', keyset[1]) },
    { expression: sql`${organizations.id}`, direction: 'asc', value: bind('afterId', keyset[2]) },
  ]) : undefined);
  const named = query.rankNames && !inRest
    ? namedPages(db, `${shape} ${keyset ? 'after' : 'first'}`, () => prepareNamedPage(db, tests, namedWhere)).execute({ ...values, limit: wanted })
    : Promise.resolve([]);
  const restWhere = and(tests.restMatch, query.rankNames ? sql`not ${tests.namesHold}` : undefined, where, inRest ? sql`${organizations.id} > ${bind('afterId', keyset[2])}` : undefined);
  const rest = restPages(db, `${shape} ${query.rankNames ? 'after-names' : 'all'} ${inRest ? 'after' : 'first'}`, () => prepareRestPage(db, tests, restWhere)).execute({ ...values, limit: wanted });
  const [namedRows, restRows] = await Promise.all([named, rest]);
  const rows = [...namedRows, ...restRows].slice(keyset ? 0 : (page.page - 1) * page.pageSize).slice(0, page.pageSize + 1);
  const items = rows.slice(0, page.pageSize);
  const last = items.at(-1);
  const nextCursor = rows.length > page.pageSize && last ? encodeCursor([Number(last.score), last.displayName, last.organization.id]) : null;
  // Two statements: a generation only when both read the same one, else the caller reads it alone.
  const generations = new Set([...namedRows, ...restRows].map((row) => row.generation));
  return { rows: items, nextCursor, generation: generations.size === 1 ? [...generations][0] : undefined };
}
