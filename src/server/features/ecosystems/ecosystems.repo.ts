import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { directions, ecosystemMemberships, organizationDirections, organizations } from '../../db/schema/index';
import { ecosystemKinds } from '../../../shared/domain';
import type { OrganizationReadScope } from './ecosystems.policy';

export type OrganizationRow = typeof organizations.$inferSelect;
export type MembershipRow = typeof ecosystemMemberships.$inferSelect;

/**
 * The registry policy's read scope as SQL. It mirrors the registry's own translation; the
 * registry's repo is not shared across features, and the members list needs the condition
 * inside its own query to page and count on the server.
 */
function visibleOrganizations(scope: OrganizationReadScope): SQL | undefined {
  if (scope.all) return undefined;
  const allowed: SQL[] = [inArray(organizations.visibility, scope.visibilities)];
  if (scope.organizationIds.length) allowed.push(inArray(organizations.id, scope.organizationIds));
  if (scope.ecosystemIds.length) {
    allowed.push(inArray(organizations.id, sql`(select ${ecosystemMemberships.organizationId} from ${ecosystemMemberships} where ${inArray(ecosystemMemberships.ecosystemId, scope.ecosystemIds)})`));
  }
  return or(...allowed);
}

const displayName = sql`coalesce(${organizations.nameRu}, ${organizations.nameEn}, ${organizations.nameZh})`;
const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function listEcosystems(db: Executor, scope: OrganizationReadScope) {
  // Counted in a joined aggregate: a correlated subquery would lose the outer table's name in the
  // SQL Drizzle writes for a single-table select, and compare the membership's own id instead.
  const residents = db
    .select({ ecosystemId: ecosystemMemberships.ecosystemId, count: sql<number>`count(*)::int`.as('resident_count') })
    .from(ecosystemMemberships)
    .where(eq(ecosystemMemberships.status, 'resident'))
    .groupBy(ecosystemMemberships.ecosystemId)
    .as('residents');
  return db
    .select({ organization: organizations, residentCount: sql<number>`coalesce(${residents.count}, 0)` })
    .from(organizations)
    .leftJoin(residents, eq(residents.ecosystemId, organizations.id))
    .where(and(inArray(organizations.kind, [...ecosystemKinds]), visibleOrganizations(scope)))
    .orderBy(asc(displayName));
}

/** An organization of any kind, if the caller may see it. */
export async function findVisibleOrganization(db: Executor, scope: OrganizationReadScope, id: string) {
  const [row] = await db.select().from(organizations).where(and(eq(organizations.id, id), visibleOrganizations(scope)));
  return row;
}

/** Every membership of the ecosystem with the member's country: the raw material of the statistics. */
export function listMembershipHistory(db: Executor, ecosystemId: string) {
  return db
    .select({ organizationId: ecosystemMemberships.organizationId, status: ecosystemMemberships.status, dateFrom: ecosystemMemberships.dateFrom, dateTo: ecosystemMemberships.dateTo, country: organizations.country })
    .from(ecosystemMemberships)
    .innerJoin(organizations, eq(organizations.id, ecosystemMemberships.organizationId))
    .where(eq(ecosystemMemberships.ecosystemId, ecosystemId));
}

/** The top-level directions the organizations work in (a sub-direction counts for its parent). */
export function listTopDirectionsOfOrganizations(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return Promise.resolve([]);
  const own = alias(directions, 'own_direction');
  return db
    .selectDistinct({ organizationId: organizationDirections.organizationId, direction: directions })
    .from(organizationDirections)
    .innerJoin(own, eq(own.id, organizationDirections.directionId))
    .innerJoin(directions, eq(directions.id, sql`coalesce(${own.parentId}, ${own.id})`))
    .where(inArray(organizationDirections.organizationId, organizationIds));
}

export type MemberFilter = {
  status?: string; country?: string; directionId?: string; residentType?: string; periodFrom?: string; periodTo?: string;
  q?: string; sort?: string; page: number; pageSize: number;
};

const memberSortColumns = {
  name: displayName,
  country: organizations.country,
  status: ecosystemMemberships.status,
  dateFrom: ecosystemMemberships.dateFrom,
  registrationNumber: ecosystemMemberships.registrationNumber,
} as const;

function memberConditions(scope: OrganizationReadScope, ecosystemId: string, filter: Omit<MemberFilter, 'page' | 'pageSize'>) {
  const conditions: (SQL | undefined)[] = [eq(ecosystemMemberships.ecosystemId, ecosystemId), visibleOrganizations(scope)];
  if (filter.status) conditions.push(eq(ecosystemMemberships.status, filter.status));
  if (filter.residentType) conditions.push(eq(ecosystemMemberships.residentType, filter.residentType));
  // An entry belongs to a period when its own period [date_from, date_to) meets it; open ends reach everywhere.
  if (filter.periodFrom) conditions.push(or(isNull(ecosystemMemberships.dateTo), gt(ecosystemMemberships.dateTo, filter.periodFrom)));
  if (filter.periodTo) conditions.push(or(isNull(ecosystemMemberships.dateFrom), lte(ecosystemMemberships.dateFrom, filter.periodTo)));
  if (filter.country) conditions.push(eq(organizations.country, filter.country.toUpperCase()));
  if (filter.directionId) {
    // A top-level direction takes in its sub-directions.
    conditions.push(inArray(organizations.id, sql`(select ${organizationDirections.organizationId} from ${organizationDirections}
      join ${directions} on ${directions.id} = ${organizationDirections.directionId}
      where ${directions.id} = ${filter.directionId} or ${directions.parentId} = ${filter.directionId})`));
  }
  if (filter.q) {
    const pattern = escapeLike(filter.q);
    conditions.push(or(
      ilike(organizations.nameRu, pattern), ilike(organizations.nameEn, pattern), ilike(organizations.nameZh, pattern),
      ilike(organizations.shortNameRu, pattern), ilike(organizations.shortNameEn, pattern), ilike(organizations.shortNameZh, pattern),
      ilike(ecosystemMemberships.registrationNumber, pattern),
    ));
  }
  return and(...conditions);
}

function memberOrder(sort: string | undefined) {
  const key = (sort?.replace(/^-/, '') ?? 'name') as keyof typeof memberSortColumns;
  const column = memberSortColumns[key] ?? displayName;
  const order = sort?.startsWith('-') ? sql`${column} desc nulls last` : sql`${column} asc nulls last`;
  return [order, asc(displayName), desc(ecosystemMemberships.dateFrom), asc(ecosystemMemberships.id)];
}

export async function listMembers(db: Executor, scope: OrganizationReadScope, ecosystemId: string, filter: MemberFilter) {
  const where = memberConditions(scope, ecosystemId, filter);
  const rows = await db
    .select({ membership: ecosystemMemberships, organization: organizations })
    .from(ecosystemMemberships)
    .innerJoin(organizations, eq(organizations.id, ecosystemMemberships.organizationId))
    .where(where)
    .orderBy(...memberOrder(filter.sort))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db
    .select({ value: count() })
    .from(ecosystemMemberships)
    .innerJoin(organizations, eq(organizations.id, ecosystemMemberships.organizationId))
    .where(where);
  return { rows, total: total?.value ?? 0 };
}

/** Every matching entry, in the list's order, up to `limit`: what an export writes. */
export function listAllMembers(db: Executor, scope: OrganizationReadScope, ecosystemId: string, filter: Omit<MemberFilter, 'page' | 'pageSize'>, limit: number) {
  return db
    .select({ membership: ecosystemMemberships, organization: organizations })
    .from(ecosystemMemberships)
    .innerJoin(organizations, eq(organizations.id, ecosystemMemberships.organizationId))
    .where(memberConditions(scope, ecosystemId, filter))
    .orderBy(...memberOrder(filter.sort))
    .limit(limit);
}

/** The direction codes of each organization, for the export's directions column. */
export function listDirectionCodesOfOrganizations(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db
    .select({ organizationId: organizationDirections.organizationId, code: directions.code })
    .from(organizationDirections)
    .innerJoin(directions, eq(directions.id, organizationDirections.directionId))
    .where(inArray(organizationDirections.organizationId, organizationIds));
}

/** Which ecosystems each organization has ever belonged to: decides who reads its private figures. */
export function listEcosystemIdsOfOrganizations(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db
    .selectDistinct({ organizationId: ecosystemMemberships.organizationId, ecosystemId: ecosystemMemberships.ecosystemId })
    .from(ecosystemMemberships)
    .where(inArray(ecosystemMemberships.organizationId, organizationIds));
}

export async function findMembership(db: Executor, id: string) {
  const [row] = await db.select().from(ecosystemMemberships).where(eq(ecosystemMemberships.id, id));
  return row;
}

/** The organization's other memberships in the same ecosystem, to check that periods do not overlap. */
export function listMembershipsOfPair(db: Executor, ecosystemId: string, organizationId: string, exceptId?: string) {
  return db
    .select()
    .from(ecosystemMemberships)
    .where(and(
      eq(ecosystemMemberships.ecosystemId, ecosystemId),
      eq(ecosystemMemberships.organizationId, organizationId),
      exceptId ? ne(ecosystemMemberships.id, exceptId) : undefined,
    ));
}

/** A current member (not former) of the ecosystem holding this registration number. */
export async function findCurrentHolderOfRegistrationNumber(db: Executor, ecosystemId: string, registrationNumber: string, exceptId?: string) {
  const [row] = await db
    .select({ id: ecosystemMemberships.id })
    .from(ecosystemMemberships)
    .where(and(
      eq(ecosystemMemberships.ecosystemId, ecosystemId),
      eq(ecosystemMemberships.registrationNumber, registrationNumber),
      ne(ecosystemMemberships.status, 'former'),
      exceptId ? ne(ecosystemMemberships.id, exceptId) : undefined,
    ))
    .limit(1);
  return row;
}

/** Rows per multi-row statement of an import's memberships. */
const batchSize = 1000;
const inBatches = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / batchSize) }, (_, i) => items.slice(i * batchSize, (i + 1) * batchSize));

/** Which of these organizations the caller may see. */
export async function findVisibleOrganizationIds(db: Executor, scope: OrganizationReadScope, ids: string[]) {
  const visible = new Set<string>();
  for (const batch of inBatches(ids)) {
    for (const row of await db.select({ id: organizations.id }).from(organizations).where(and(inArray(organizations.id, batch), visibleOrganizations(scope)))) visible.add(row.id);
  }
  return visible;
}

/** Every entry of these organizations in the ecosystem: for the overlap rule and "already a member". */
export async function listMembershipsOfOrganizationsIn(db: Executor, ecosystemId: string, organizationIds: string[]) {
  const rows: MembershipRow[] = [];
  for (const batch of inBatches(organizationIds)) {
    rows.push(...(await db.select().from(ecosystemMemberships).where(and(eq(ecosystemMemberships.ecosystemId, ecosystemId), inArray(ecosystemMemberships.organizationId, batch)))));
  }
  return rows;
}

/** The registration numbers among these that a current (not former) member of the ecosystem holds. */
export async function findCurrentlyHeldRegistrationNumbers(db: Executor, ecosystemId: string, numbers: string[]) {
  const held = new Set<string>();
  for (const batch of inBatches(numbers)) {
    const rows = await db
      .select({ number: ecosystemMemberships.registrationNumber })
      .from(ecosystemMemberships)
      .where(and(eq(ecosystemMemberships.ecosystemId, ecosystemId), inArray(ecosystemMemberships.registrationNumber, batch), ne(ecosystemMemberships.status, 'former')));
    for (const row of rows) if (row.number) held.add(row.number);
  }
  return held;
}

export async function insertMemberships(db: Executor, values: (typeof ecosystemMemberships.$inferInsert)[]) {
  const rows: MembershipRow[] = [];
  for (const batch of inBatches(values)) rows.push(...(await db.insert(ecosystemMemberships).values(batch).returning()));
  return rows;
}

export async function insertMembership(db: Executor, values: typeof ecosystemMemberships.$inferInsert) {
  const [row] = await db.insert(ecosystemMemberships).values(values).returning();
  return row!;
}

export async function updateMembership(db: Executor, id: string, values: Partial<typeof ecosystemMemberships.$inferInsert>) {
  const [row] = await db.update(ecosystemMemberships).set(values).where(eq(ecosystemMemberships.id, id)).returning();
  return row!;
}

export async function deleteMembership(db: Executor, id: string) {
  await db.delete(ecosystemMemberships).where(eq(ecosystemMemberships.id, id));
}
