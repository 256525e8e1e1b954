import { and, asc, count, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { investorRequestResponses, investorRequests, users } from '../../db/schema/index';
import type { InvestorRequestScope } from './infrastructure.policy';

export type InvestorRequestRow = typeof investorRequests.$inferSelect;

function scopeCondition(scope: InvestorRequestScope): SQL | undefined {
  if (scope.all) return undefined;
  const allowed: SQL[] = [];
  if (scope.ecosystemIds.length) allowed.push(inArray(investorRequests.ecosystemId, scope.ecosystemIds));
  if (scope.requesterUserId) allowed.push(eq(investorRequests.requesterUserId, scope.requesterUserId));
  // Nobody's requests for a caller with no park and no requests of their own.
  return allowed.length ? or(...allowed) : eq(investorRequests.id, '00000000-0000-0000-0000-000000000000');
}

export async function listRequests(db: Executor, scope: InvestorRequestScope, filter: { ecosystemId?: string; status?: string; sort?: string; page: number; pageSize: number }) {
  const where = and(
    scopeCondition(scope),
    filter.ecosystemId ? eq(investorRequests.ecosystemId, filter.ecosystemId) : undefined,
    filter.status ? eq(investorRequests.status, filter.status) : undefined,
  );
  const order = filter.sort === 'createdAt' ? asc(investorRequests.createdAt) : desc(investorRequests.createdAt);
  const [rows, [total]] = await Promise.all([
    db.select().from(investorRequests).where(where).orderBy(order, asc(investorRequests.id)).limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize),
    db.select({ value: count() }).from(investorRequests).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** `lock` takes the row for the write, so two outcomes or an outcome and an erasure never cross. */
export async function findRequest(db: Executor, scope: InvestorRequestScope, id: string, { lock = false } = {}): Promise<InvestorRequestRow | undefined> {
  const query = db.select().from(investorRequests).where(and(eq(investorRequests.id, id), scopeCondition(scope)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function responsesOf(db: Executor, requestIds: string[]) {
  if (!requestIds.length) return [];
  return db.select({ response: investorRequestResponses, authorName: users.fullName })
    .from(investorRequestResponses).leftJoin(users, eq(users.id, investorRequestResponses.authorUserId))
    .where(inArray(investorRequestResponses.requestId, requestIds)).orderBy(asc(investorRequestResponses.createdAt));
}
