import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { ListInfrastructureQuery } from '../../../shared/contracts/infrastructure';
import { publicInfrastructureStatuses } from '../../../shared/infrastructure';
import type { Executor } from '../../db/client';
import { infrastructureObjects, infrastructurePhotos, infrastructureStatusHistory, organizations } from '../../db/schema/index';
import type { InfrastructureReadScope } from './infrastructure.policy';

export type ObjectRow = typeof infrastructureObjects.$inferSelect;
export type ObjectValues = typeof infrastructureObjects.$inferInsert;
export type EcosystemName = { id: string; nameRu: string | null; nameEn: string | null; nameZh: string | null };

export function scopeCondition(scope: InfrastructureReadScope): SQL | undefined {
  if (scope.all) return undefined;
  const published = inArray(infrastructureObjects.status, [...publicInfrastructureStatuses]);
  return scope.ownEcosystemIds.length ? or(published, inArray(infrastructureObjects.ecosystemId, scope.ownEcosystemIds)) : published;
}

const sortColumns = {
  name: sql`coalesce(${infrastructureObjects.nameRu}, ${infrastructureObjects.nameEn}, ${infrastructureObjects.nameZh})`,
  areaM2: infrastructureObjects.areaM2,
  price: infrastructureObjects.price,
  availableFrom: infrastructureObjects.availableFrom,
} as const;

function filterConditions(filter: Partial<ListInfrastructureQuery>): SQL[] {
  const o = infrastructureObjects;
  const conditions: (SQL | undefined)[] = [
    filter.type ? eq(o.type, filter.type) : undefined,
    filter.ecosystemId ? eq(o.ecosystemId, filter.ecosystemId) : undefined,
    filter.status ? eq(o.status, filter.status) : undefined,
    filter.areaMin !== undefined ? gte(o.areaM2, filter.areaMin) : undefined,
    filter.areaMax !== undefined ? lte(o.areaM2, filter.areaMax) : undefined,
    filter.priceMin !== undefined ? gte(o.price, filter.priceMin) : undefined,
    filter.priceMax !== undefined ? lte(o.price, filter.priceMax) : undefined,
    filter.currency ? eq(o.currency, filter.currency) : undefined,
    filter.availableBy ? or(isNull(o.availableFrom), lte(o.availableFrom, filter.availableBy)) : undefined,
  ];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`concat_ws(' ', ${o.nameRu}, ${o.nameEn}, ${o.nameZh}, ${o.addressRu}, ${o.addressEn}, ${o.addressZh}) ilike ${pattern}`);
  }
  return conditions.filter((c): c is SQL => c !== undefined);
}

export async function listObjects(db: Executor, scope: InfrastructureReadScope, filter: Partial<ListInfrastructureQuery> & { page: number; pageSize: number }) {
  const where = and(scopeCondition(scope), ...filterConditions(filter));
  const sortKey = (filter.sort ?? 'name').replace(/^-/, '') as keyof typeof sortColumns;
  const direction = filter.sort?.startsWith('-') ? desc : asc;
  const [rows, [total]] = await Promise.all([
    db.select().from(infrastructureObjects).where(where)
      .orderBy(direction(sortColumns[sortKey]), asc(infrastructureObjects.id))
      .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize),
    db.select({ value: count() }).from(infrastructureObjects).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findObject(db: Executor, id: string): Promise<ObjectRow | undefined> {
  const [row] = await db.select().from(infrastructureObjects).where(eq(infrastructureObjects.id, id));
  return row;
}

export async function findObjects(db: Executor, ids: string[]): Promise<ObjectRow[]> {
  return ids.length ? db.select().from(infrastructureObjects).where(inArray(infrastructureObjects.id, ids)) : [];
}

export async function ecosystemNames(db: Executor, ids: string[]): Promise<Map<string, EcosystemName>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: organizations.id, nameRu: organizations.nameRu, nameEn: organizations.nameEn, nameZh: organizations.nameZh, kind: organizations.kind })
    .from(organizations).where(inArray(organizations.id, unique));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findOrganizationKind(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, id));
  return row?.kind;
}

export async function photosOf(db: Executor, objectIds: string[]) {
  if (!objectIds.length) return [];
  return db.select().from(infrastructurePhotos).where(inArray(infrastructurePhotos.objectId, objectIds)).orderBy(asc(infrastructurePhotos.position), asc(infrastructurePhotos.createdAt));
}

export async function insertObject(db: Executor, values: ObjectValues): Promise<ObjectRow> {
  const [row] = await db.insert(infrastructureObjects).values(values).returning();
  return row!;
}

export async function updateObject(db: Executor, id: string, values: Partial<ObjectValues>): Promise<void> {
  await db.update(infrastructureObjects).set(values).where(eq(infrastructureObjects.id, id));
}

export async function insertStatusHistory(db: Executor, row: ObjectRow, changedOn: string): Promise<void> {
  await db.insert(infrastructureStatusHistory).values({ objectId: row.id, ecosystemId: row.ecosystemId, status: row.status, areaM2: row.areaM2, changedOn });
}

export async function statusHistoryOf(db: Executor, ecosystemId: string) {
  return db.select().from(infrastructureStatusHistory).where(eq(infrastructureStatusHistory.ecosystemId, ecosystemId))
    .orderBy(asc(infrastructureStatusHistory.changedOn), asc(infrastructureStatusHistory.createdAt));
}
