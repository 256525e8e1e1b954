import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { directions, ecosystemMemberships, organizationDirections, organizations } from '../../db/schema/index';
import type { OrganizationReadScope } from './registry.policy';
import { searchCondition } from './organization-search.repo';
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
};

const displayName = sql`coalesce(${organizations.nameRu}, ${organizations.nameEn}, ${organizations.nameZh})`;

export async function listOrganizations(db: Executor, scope: OrganizationReadScope, filter: OrganizationFilter) {
  const conditions: (SQL | undefined)[] = [readScopeCondition(scope)];
  if (filter.q) {
    // The list's search is the registry search: stems, Chinese words, names across scripts, directions;
    // a plain substring of a name still finds it while the user is typing.
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(
      searchCondition(searchTermsOf(filter.q)),
      ilike(organizations.nameRu, pattern), ilike(organizations.nameEn, pattern), ilike(organizations.nameZh, pattern),
      ilike(organizations.shortNameRu, pattern), ilike(organizations.shortNameEn, pattern), ilike(organizations.shortNameZh, pattern),
    ));
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
  const where = and(...conditions);
  const key = filter.sort?.replace(/^-/, '') ?? 'name';
  const column = key === 'country' ? organizations.country : key === 'kind' ? organizations.kind : displayName;
  const order = filter.sort?.startsWith('-') ? desc(column) : asc(column);
  const rows = await db.select().from(organizations).where(where).orderBy(order, asc(organizations.id))
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ value: count() }).from(organizations).where(where);
  return { rows, total: total?.value ?? 0 };
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
