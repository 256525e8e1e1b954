import { and, asc, count, desc, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { directions, ecosystemMemberships, organizationDirections, organizations } from '../../db/schema/index';
import type { OrganizationReadScope } from './registry.policy';
import { afterCursor, decodeCursor, encodeCursor, type KeysetValue } from '../../lib/keyset';
import { matchedOrganizations, matchQueryOf, type MatchQuery } from './organization-matches';
import { searchTermsOf } from './search-terms';
import { readRegistryGeneration, registryGenerationValue, type GenerationCache } from './registry-generation';
import { preparedStatements } from '../../db/prepared';
import { inline, placeholder, type Bind } from '../../db/bind';
import { organizationSummaryColumns } from './registry.mappers';

export type OrganizationRow = typeof organizations.$inferSelect;
type OrganizationColumns = ReturnType<typeof getTableColumns<typeof organizations>>;

/** Translates the policy's read scope into a SQL condition. */
export function readScopeCondition(scope: OrganizationReadScope): SQL | undefined {
  if (scope.all) return undefined;
  const allowed: SQL[] = [inArray(organizations.visibility, scope.visibilities)];
  if (scope.organizationIds.length) allowed.push(inArray(organizations.id, scope.organizationIds));
  if (scope.ecosystemIds.length) {
    allowed.push(
      inArray(
        organizations.id,
        sql`(select ${ecosystemMemberships.organizationId} from ${ecosystemMemberships} where ${inArray(ecosystemMemberships.ecosystemId, scope.ecosystemIds)})`,
      ),
    );
  }
  return or(...allowed);
}

/**
 * The same scope with its lists as parameters (`visibilities`, `organizationIds`, `ecosystemIds`),
 * for a statement built once per shape: every arm is present, an empty list matches nothing.
 */
function readScopeParameterCondition(scope: OrganizationReadScope, bind: Bind): SQL | undefined {
  if (scope.all) return undefined;
  return sql`(${organizations.visibility} = any(${bind('visibilities', scope.visibilities)}::text[])
    or ${organizations.id} = any(${bind('organizationIds', scope.organizationIds)}::uuid[])
    or ${organizations.id} in (select ${ecosystemMemberships.organizationId} from ${ecosystemMemberships} where ${ecosystemMemberships.ecosystemId} = any(${bind('ecosystemIds', scope.ecosystemIds)}::uuid[])))`;
}

/** The read scope as the statement binds its values: inline as it is, else as parameters. */
export function boundReadScopeCondition(scope: OrganizationReadScope, bind: Bind): SQL | undefined {
  return bind === inline ? readScopeCondition(scope) : readScopeParameterCondition(scope, bind);
}

function scopeParameters(scope: OrganizationReadScope) {
  return scope.all ? {} : { visibilities: scope.visibilities, organizationIds: scope.organizationIds, ecosystemIds: scope.ecosystemIds };
}

export type OrganizationFilter = {
  q?: string;
  kind?: string;
  country?: string;
  ecosystemId?: string;
  directionId?: string;
  sort?: string;
  page: number;
  pageSize: number;
  /** Keyset cursor of the row before this page; when given, `page` only labels the page. */
  after?: string;
};

/** The name an organization is shown and sorted by: the first it has of Russian, English, Chinese (the display-name index's expression). */
export const displayName = sql<string>`coalesce(${organizations.nameRu}, ${organizations.nameEn}, ${organizations.nameZh})`;

/** Sort keys and the expressions their indexes are built on (see the registry schema). */
const sortExpressions = {
  name: displayName,
  country: sql<string>`coalesce(${organizations.country}, '')`,
  kind: sql<string>`${organizations.kind}`,
};

function listConditions(scope: OrganizationReadScope, filter: OrganizationFilter, match: MatchQuery | undefined, bind: Bind = inline): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [boundReadScopeCondition(scope, bind)];
  if (match) {
    // The list's search is the registry search (stems, Chinese words, names across scripts,
    // directions), and a part of a name still finds it while the user is typing.
    conditions.push(sql`${organizations.id} in (select id from ${matchedOrganizations(match, { substring: true })} hits)`);
  }
  if (filter.kind) conditions.push(sql`${organizations.kind} = ${bind('kind', filter.kind)}`);
  if (filter.country) conditions.push(sql`${organizations.country} = ${bind('country', filter.country.toUpperCase())}`);
  if (filter.directionId) {
    conditions.push(inArray(organizations.id, sql`(select organization_id from ${organizationDirections} where direction_id in (
      with recursive branch as (select id from ${directions} where id = ${bind('directionId', filter.directionId)}
        union select d.id from ${directions} d join branch b on d.parent_id = b.id) select id from branch))`));
  }
  if (filter.ecosystemId) {
    conditions.push(inArray(organizations.id, sql`(select ${ecosystemMemberships.organizationId} from ${ecosystemMemberships} where ${ecosystemMemberships.ecosystemId} = ${bind('ecosystemId', filter.ecosystemId)})`));
  }
  return conditions;
}

function sortOf(filter: OrganizationFilter) {
  const key = (filter.sort?.replace(/^-/, '') ?? 'name') as keyof typeof sortExpressions;
  const sortBy = sortExpressions[key] ?? displayName;
  const direction: 'asc' | 'desc' = filter.sort?.startsWith('-') ? 'desc' : 'asc';
  return { key: sortExpressions[key] ? key : 'name', sortBy, direction, orderBy: [direction === 'desc' ? desc(sortBy) : asc(sortBy), asc(organizations.id)] };
}

function afterKeyset({ sortBy, direction }: ReturnType<typeof sortOf>, sortValue: unknown, id: unknown): SQL {
  return afterCursor([{ expression: sortBy, direction, value: sortValue }, { expression: sql`${organizations.id}`, direction: 'asc', value: id }]);
}

/**
 * The summary page without a text query — what every list request reads — as a statement prepared
 * once per shape: which filters are present, the sort, offset or keyset. The shape names the
 * statement; the values (scope lists, filters, cursor, limit, offset) are its parameters.
 */
const summaryPages = preparedStatements<{ execute: (values: Record<string, unknown>) => Promise<unknown[]> }>();

function preparedSummaryPage(db: Executor, scope: OrganizationReadScope, filter: OrganizationFilter, keyset: KeysetValue[] | undefined) {
  const order = sortOf(filter);
  const present = (['kind', 'country', 'directionId', 'ecosystemId'] as const).filter((name) => filter[name]);
  const shape = [scope.all ? 'all' : 'scoped', ...present, order.key, order.direction, keyset ? 'after' : 'offset'].join('_');
  const statement = summaryPages(db, shape, () => db
    .select({ organization: organizationSummaryColumns, sortValue: order.sortBy, generation: registryGenerationValue }).from(organizations)
    .where(and(...listConditions(scope, filter, undefined, placeholder), keyset ? afterKeyset(order, sql.placeholder('afterSort'), sql.placeholder('afterId')) : undefined))
    .orderBy(...order.orderBy)
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(`organization_page_${shape}`));
  return statement.execute({
    ...scopeParameters(scope),
    kind: filter.kind, country: filter.country?.toUpperCase(), directionId: filter.directionId, ecosystemId: filter.ecosystemId,
    afterSort: keyset?.[0], afterId: keyset?.[1],
    limit: filter.pageSize + 1, offset: keyset ? 0 : (filter.page - 1) * filter.pageSize,
  });
}

/** What a list's total depends on: who asks (their scope) and the filters, not the page or sort. */
/** Who asks, for keys of values remembered per caller scope. */
export function scopeKey(scope: OrganizationReadScope): string {
  return scope.all ? 'all' : [scope.visibilities.join(','), [...scope.organizationIds].sort().join(','), [...scope.ecosystemIds].sort().join(',')].join('|');
}

function totalKey(scope: OrganizationReadScope, filter: OrganizationFilter): string {
  return JSON.stringify([scopeKey(scope), filter.q ?? '', filter.kind ?? '', filter.country?.toUpperCase() ?? '', filter.ecosystemId ?? '', filter.directionId ?? '']);
}

/**
 * A page of the list and its total. The total — a count over every row the caller may see, the
 * cost of a list page under load — is remembered in `totals` for the registry generation the page
 * statement read; a later page with the same scope and filters reuses it until a registry write
 * commits (ADR 029). Without a text query the page is a prepared statement of its shape (ADR 034).
 */
export async function listOrganizations<Columns extends Partial<OrganizationColumns> = OrganizationColumns>(
  db: Executor, scope: OrganizationReadScope, filter: OrganizationFilter,
  { totals, columns = getTableColumns(organizations) as Columns }: { totals?: GenerationCache<number>; columns?: Columns } = {},
) {
  const match = filter.q ? await matchQueryOf(db, searchTermsOf(filter.q)) : undefined;
  const where = and(...listConditions(scope, filter, match));
  const order = sortOf(filter);
  const keyset = filter.after ? decodeCursor(filter.after, ['string', 'string']) : undefined;
  const countTotal = async () => (await db.select({ value: count() }).from(organizations).where(where))[0]?.value ?? 0;
  const pageStatement = () => db.select({ organization: columns as OrganizationColumns, sortValue: order.sortBy, generation: registryGenerationValue }).from(organizations)
    .where(and(where, keyset ? afterKeyset(order, keyset[0]!, keyset[1]!) : undefined))
    .orderBy(...order.orderBy)
    .limit(filter.pageSize + 1)
    .offset(keyset ? 0 : (filter.page - 1) * filter.pageSize);
  type PageRow = Awaited<ReturnType<typeof pageStatement>>[number];
  let rows: PageRow[];
  let total: number;
  if (totals) {
    const key = totalKey(scope, filter);
    rows = !match && columns === (organizationSummaryColumns as unknown)
      ? ((await preparedSummaryPage(db, scope, filter, keyset)) as unknown as PageRow[])
      : await pageStatement();
    // An empty page carries no generation: read it alone, before counting.
    const generation = rows[0]?.generation ?? (await readRegistryGeneration(db));
    const known = totals.get(key, generation);
    total = known ?? (await countTotal());
    if (known === undefined) totals.set(key, generation, total);
  } else {
    [rows, total] = await Promise.all([pageStatement(), countTotal()]);
  }
  const page = rows.slice(0, filter.pageSize);
  const last = page.at(-1);
  const nextCursor = rows.length > filter.pageSize && last ? encodeCursor([last.sortValue, last.organization.id]) : null;
  return { rows: page.map((r) => r.organization as Pick<OrganizationRow, keyof Columns & keyof OrganizationRow>), total, nextCursor };
}

export async function findOrganization(db: Executor, scope: OrganizationReadScope, id: string) {
  const [row] = await db.select().from(organizations).where(and(eq(organizations.id, id), readScopeCondition(scope)));
  return row;
}

export function listDirectionsOfOrganizations(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db
    .select({ organizationId: organizationDirections.organizationId, direction: directions })
    .from(organizationDirections)
    .innerJoin(directions, eq(directions.id, organizationDirections.directionId))
    .where(inArray(organizationDirections.organizationId, organizationIds));
}

export function listMembershipsOfOrganization(db: Executor, organizationId: string) {
  return db
    .select({ membership: ecosystemMemberships, ecosystem: organizations })
    .from(ecosystemMemberships)
    .innerJoin(organizations, eq(organizations.id, ecosystemMemberships.ecosystemId))
    .where(eq(ecosystemMemberships.organizationId, organizationId))
    .orderBy(desc(ecosystemMemberships.dateFrom));
}

export function listAllDirections(db: Executor) {
  return db.select().from(directions).orderBy(asc(directions.code));
}
