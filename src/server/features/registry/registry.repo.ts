import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { directions, ecosystemMemberships, organizationDirections, organizations } from '../../db/schema/index';
import type { OrganizationReadScope } from './registry.policy';
import { afterCursor, decodeCursor, encodeCursor } from '../../lib/keyset';
import { matchedOrganizations, matchQueryOf, type MatchQuery } from './organization-matches';
import { searchTermsOf } from './search-terms';

export type OrganizationRow = typeof organizations.$inferSelect;

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

export async function listOrganizations(db: Executor, scope: OrganizationReadScope, filter: OrganizationFilter) {
  const match = filter.q ? await matchQueryOf(db, searchTermsOf(filter.q)) : undefined;
  const where = and(...listConditions(scope, filter, match));
  const key = (filter.sort?.replace(/^-/, '') ?? 'name') as keyof typeof sortExpressions;
  const sortBy = sortExpressions[key] ?? displayName;
  const direction = filter.sort?.startsWith('-') ? 'desc' : 'asc';
  const keyset = filter.after ? decodeCursor(filter.after, ['string', 'string']) : undefined;
  const afterKeyset = keyset
    ? afterCursor([{ expression: sortBy, direction, value: keyset[0]! }, { expression: sql`${organizations.id}`, direction: 'asc', value: keyset[1]! }])
    : undefined;
  const [rows, [total]] = await Promise.all([
    db.select({ organization: organizations, sortValue: sortBy }).from(organizations).where(and(where, afterKeyset))
      .orderBy(direction === 'desc' ? desc(sortBy) : asc(sortBy), asc(organizations.id))
      .limit(filter.pageSize + 1)
      .offset(keyset ? 0 : (filter.page - 1) * filter.pageSize),
    db.select({ value: count() }).from(organizations).where(where),
  ]);
  const page = rows.slice(0, filter.pageSize);
  const last = page.at(-1);
  const nextCursor = rows.length > filter.pageSize && last ? encodeCursor([last.sortValue, last.organization.id]) : null;
  return { rows: page.map((r) => r.organization), total: total?.value ?? 0, nextCursor };
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
