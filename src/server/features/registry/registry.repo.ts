import { and, asc, count, desc, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { directions, ecosystemMemberships, organizationDirections, organizations } from '../../db/schema/index';
import type { OrganizationReadScope } from './registry.policy';
import { afterCursor, decodeCursor, encodeCursor } from '../../lib/keyset';
import { matchedOrganizations, matchQueryOf, type MatchQuery } from './organization-matches';
import { searchTermsOf } from './search-terms';
import { readRegistryGeneration, registryGenerationValue, type GenerationCache } from './registry-generation';

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

const displayName = sql<string>`coalesce(${organizations.nameRu}, ${organizations.nameEn}, ${organizations.nameZh})`;

/** Sort keys and the expressions their indexes are built on (see the registry schema). */
const sortExpressions = {
  name: displayName,
  country: sql<string>`coalesce(${organizations.country}, '')`,
  kind: sql<string>`${organizations.kind}`,
};

function listConditions(scope: OrganizationReadScope, filter: OrganizationFilter, match: MatchQuery | undefined): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [readScopeCondition(scope)];
  if (match) {
    // The list's search is the registry search (stems, Chinese words, names across scripts,
    // directions), and a part of a name still finds it while the user is typing.
    conditions.push(sql`${organizations.id} in (select id from ${matchedOrganizations(match, { substring: true })} hits)`);
  }
  if (filter.kind) conditions.push(eq(organizations.kind, filter.kind));
  if (filter.country) conditions.push(eq(organizations.country, filter.country.toUpperCase()));
  if (filter.directionId) {
    conditions.push(inArray(organizations.id, sql`(select organization_id from ${organizationDirections} where direction_id in (
      with recursive branch as (select id from ${directions} where id = ${filter.directionId}
        union select d.id from ${directions} d join branch b on d.parent_id = b.id) select id from branch))`));
  }
  if (filter.ecosystemId) {
    conditions.push(inArray(organizations.id, sql`(select ${ecosystemMemberships.organizationId} from ${ecosystemMemberships} where ${ecosystemMemberships.ecosystemId} = ${filter.ecosystemId})`));
  }
  return conditions;
}

/** What a list's total depends on: who asks (their scope) and the filters, not the page or sort. */
function totalKey(scope: OrganizationReadScope, filter: OrganizationFilter): string {
  const who = scope.all ? 'all' : [scope.visibilities.join(','), [...scope.organizationIds].sort().join(','), [...scope.ecosystemIds].sort().join(',')].join('|');
  return JSON.stringify([who, filter.q ?? '', filter.kind ?? '', filter.country?.toUpperCase() ?? '', filter.ecosystemId ?? '', filter.directionId ?? '']);
}

/**
 * A page of the list and its total. The total — a count over every row the caller may see, the
 * cost of a list page under load — is remembered in `totals` for the registry generation the page
 * statement read; a later page with the same scope and filters reuses it until a registry write
 * commits (ADR 029).
 */
export async function listOrganizations<Columns extends Partial<OrganizationColumns> = OrganizationColumns>(
  db: Executor, scope: OrganizationReadScope, filter: OrganizationFilter,
  { totals, columns = getTableColumns(organizations) as Columns }: { totals?: GenerationCache<number>; columns?: Columns } = {},
) {
  const match = filter.q ? await matchQueryOf(db, searchTermsOf(filter.q)) : undefined;
  const where = and(...listConditions(scope, filter, match));
  const key = (filter.sort?.replace(/^-/, '') ?? 'name') as keyof typeof sortExpressions;
  const sortBy = sortExpressions[key] ?? displayName;
  const direction = filter.sort?.startsWith('-') ? 'desc' : 'asc';
  const keyset = filter.after ? decodeCursor(filter.after, ['string', 'string']) : undefined;
  const afterKeyset = keyset
    ? afterCursor([{ expression: sortBy, direction, value: keyset[0]! }, { expression: sql`${organizations.id}`, direction: 'asc', value: keyset[1]! }])
    : undefined;
  const countTotal = async () => (await db.select({ value: count() }).from(organizations).where(where))[0]?.value ?? 0;
  const pageStatement = db.select({ organization: columns as OrganizationColumns, sortValue: sortBy, generation: registryGenerationValue }).from(organizations).where(and(where, afterKeyset))
    .orderBy(direction === 'desc' ? desc(sortBy) : asc(sortBy), asc(organizations.id))
    .limit(filter.pageSize + 1)
    .offset(keyset ? 0 : (filter.page - 1) * filter.pageSize);
  let rows: Awaited<typeof pageStatement>;
  let total: number;
  if (totals) {
    const key = totalKey(scope, filter);
    rows = await pageStatement;
    // An empty page carries no generation: read it alone, before counting.
    const generation = rows[0]?.generation ?? (await readRegistryGeneration(db));
    const known = totals.get(key, generation);
    total = known ?? (await countTotal());
    if (known === undefined) totals.set(key, generation, total);
  } else {
    [rows, total] = await Promise.all([pageStatement, countTotal()]);
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
