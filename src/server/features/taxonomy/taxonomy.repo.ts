import { and, asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreementDirections, directions, organizationDirections } from '../../db/schema/index';

export type DirectionRow = typeof directions.$inferSelect;
export type DirectionUsage = { organizations: number; agreements: number };

export function listDirections(db: Executor, { includeInactive }: { includeInactive: boolean }) {
  return db
    .select()
    .from(directions)
    .where(includeInactive ? undefined : eq(directions.active, true))
    .orderBy(asc(directions.sortOrder), asc(directions.code));
}

export async function findDirection(db: Executor, id: string) {
  const [row] = await db.select().from(directions).where(eq(directions.id, id));
  return row;
}

export async function findDirectionByCode(db: Executor, code: string) {
  const [row] = await db.select({ id: directions.id }).from(directions).where(eq(directions.code, code));
  return row;
}

/** Every direction's parent: the tree is small (hundreds of rows), so cycles are checked in memory. */
export function listParentLinks(db: Executor) {
  return db.select({ id: directions.id, parentId: directions.parentId, active: directions.active }).from(directions);
}

/** Taxonomy writes are rare: serializing them keeps two concurrent moves from closing a cycle together. */
export async function lockTaxonomy(db: Executor) {
  await db.execute(sql`lock table ${directions} in share row exclusive mode`);
}

export async function nextSortOrder(db: Executor, parentId: string | null) {
  const [row] = await db
    .select({ value: max(directions.sortOrder) })
    .from(directions)
    .where(parentId === null ? sql`${directions.parentId} is null` : eq(directions.parentId, parentId));
  return (row?.value ?? 0) + 10;
}

export async function insertDirection(db: Executor, values: typeof directions.$inferInsert) {
  const [row] = await db.insert(directions).values(values).returning();
  return row!;
}

export async function updateDirection(db: Executor, id: string, values: Partial<typeof directions.$inferInsert>) {
  const [row] = await db.update(directions).set(values).where(eq(directions.id, id)).returning();
  return row!;
}

export async function deactivateDirections(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.update(directions).set({ active: false }).where(and(inArray(directions.id, ids), eq(directions.active, true))).returning();
}

export async function deleteDirection(db: Executor, id: string) {
  await db.delete(directions).where(eq(directions.id, id));
}

export async function countChildren(db: Executor, id: string) {
  const [row] = await db.select({ value: count() }).from(directions).where(eq(directions.parentId, id));
  return row?.value ?? 0;
}

/** How many organizations and agreements are tagged with each of the given directions (all when ids is null). */
export async function usageOfDirections(db: Executor, ids: string[] | null): Promise<Map<string, DirectionUsage>> {
  const usage = new Map<string, DirectionUsage>();
  if (ids !== null && ids.length === 0) return usage;
  const entry = (id: string) => usage.get(id) ?? usage.set(id, { organizations: 0, agreements: 0 }).get(id)!;
  // One after the other: inside a transaction the queries share one connection anyway.
  const organizationCounts = await db.select({ id: organizationDirections.directionId, value: count() }).from(organizationDirections)
    .where(ids ? inArray(organizationDirections.directionId, ids) : undefined).groupBy(organizationDirections.directionId);
  const agreementCounts = await db.select({ id: agreementDirections.directionId, value: count() }).from(agreementDirections)
    .where(ids ? inArray(agreementDirections.directionId, ids) : undefined).groupBy(agreementDirections.directionId);
  for (const row of organizationCounts) entry(row.id).organizations = row.value;
  for (const row of agreementCounts) entry(row.id).agreements = row.value;
  return usage;
}
