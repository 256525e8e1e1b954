import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { ecosystemMemberships, partneringInterests, partneringProfiles } from '../../db/schema/index';

export type InterestRow = typeof partneringInterests.$inferSelect;

export async function findInterest(db: Executor, id: string) {
  const [row] = await db.select().from(partneringInterests).where(eq(partneringInterests.id, id));
  return row;
}

export async function findOpenInterest(db: Executor, fromProfileId: string, toProfileId: string) {
  const [row] = await db.select({ id: partneringInterests.id }).from(partneringInterests)
    .where(and(eq(partneringInterests.fromProfileId, fromProfileId), eq(partneringInterests.toProfileId, toProfileId), inArray(partneringInterests.status, ['sent', 'introduced', 'meeting'])));
  return row;
}

export async function insertInterest(db: Executor, values: typeof partneringInterests.$inferInsert) {
  const [row] = await db.insert(partneringInterests).values(values).returning();
  return row!;
}

export async function updateInterest(db: Executor, id: string, values: Partial<typeof partneringInterests.$inferInsert>) {
  await db.update(partneringInterests).set(values).where(eq(partneringInterests.id, id));
}

const residentOf = (column: AnyPgColumn, ecosystemIds: string[]) =>
  sql`exists (select 1 from ${ecosystemMemberships} m where m.organization_id = ${column} and m.status in ('applicant', 'resident') and m.ecosystem_id in (${sql.join(ecosystemIds.map((id) => sql`${id}`), sql`, `)}))`;

/** The caller's boxes: what its organizations sent, what they received, what it introduces as an intermediary. */
export async function listInterests(db: Executor, box: 'inbox' | 'outbox' | 'intermediary', scope: { all: boolean; organizationIds: string[]; ecosystemIds: string[] }) {
  const i = partneringInterests;
  const side = (column: AnyPgColumn) => {
    const parts: SQL[] = [];
    if (scope.organizationIds.length) parts.push(inArray(column, scope.organizationIds));
    if (scope.ecosystemIds.length) parts.push(residentOf(column, scope.ecosystemIds));
    return parts.length ? or(...parts)! : sql`false`;
  };
  let where: SQL | undefined;
  if (box === 'outbox') where = side(i.fromOrganizationId);
  if (box === 'inbox') where = and(side(i.toOrganizationId), or(eq(i.routedTo, 'owner'), sql`${i.status} <> 'sent'`));
  if (box === 'intermediary') {
    where = scope.all ? eq(i.routedTo, 'intermediary')
      : scope.ecosystemIds.length ? and(eq(i.routedTo, 'intermediary'), residentOf(i.toOrganizationId, scope.ecosystemIds)) : sql`false`;
  }
  return db.select().from(i).where(where).orderBy(desc(i.createdAt), i.id).limit(500);
}

export async function profilesByIds(db: Executor, ids: string[]) {
  if (!ids.length) return new Map<string, typeof partneringProfiles.$inferSelect>();
  const rows = await db.select().from(partneringProfiles).where(inArray(partneringProfiles.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
