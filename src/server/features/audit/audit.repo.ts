import { and, asc, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema/index';

export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
  sort?: string;
  page: number;
  pageSize: number;
};

export async function listAuditEntries(db: Executor, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorUserId) conditions.push(eq(auditLog.actorUserId, filter.actorUserId));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lte(auditLog.at, filter.to));
  const where = conditions.length ? and(...conditions) : undefined;
  const order = filter.sort === 'at' ? [asc(auditLog.at), asc(auditLog.id)] : [desc(auditLog.at), desc(auditLog.id)];
  const rows = await db.select().from(auditLog).where(where).orderBy(...order)
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ value: count() }).from(auditLog).where(where);
  return { rows, total: total?.value ?? 0 };
}
