import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreementObligations, agreements, obligationComments, organizations } from '../../db/schema/index';
import { scopeCondition } from './agreements.repo';
import type { AgreementReadScope } from './agreements.policy';

const selection = { obligation: agreementObligations, responsible: organizations };

export function listObligations(db: Executor, agreementId: string) {
  return db.select(selection).from(agreementObligations)
    .leftJoin(organizations, eq(organizations.id, agreementObligations.responsibleOrganizationId))
    .where(eq(agreementObligations.agreementId, agreementId))
    .orderBy(asc(agreementObligations.position), asc(agreementObligations.dueOn), asc(agreementObligations.id));
}

export async function findObligation(db: Executor, agreementId: string, obligationId: string) {
  const [row] = await db.select().from(agreementObligations).where(and(eq(agreementObligations.id, obligationId), eq(agreementObligations.agreementId, agreementId)));
  return row;
}

export async function listComments(db: Executor, obligationIds: string[]) {
  if (obligationIds.length === 0) return [];
  return db.select().from(obligationComments).where(inArray(obligationComments.obligationId, obligationIds)).orderBy(asc(obligationComments.createdAt), asc(obligationComments.id));
}

export async function nextPosition(db: Executor, agreementId: string) {
  const [row] = await db.select({ value: sql<number>`coalesce(max(${agreementObligations.position}) + 1, 0)` }).from(agreementObligations).where(eq(agreementObligations.agreementId, agreementId));
  return Number(row?.value ?? 0);
}

/**
 * Open obligations of the agreements the caller may read that are in force (signed or active),
 * overdue or due within the window, nearest first.
 */
export function listDeadlines(db: Executor, scope: AgreementReadScope, window: { today: string; until: string; kind: 'overdue' | 'upcoming'; limit: number }) {
  const due: SQL = window.kind === 'overdue'
    ? sql`${agreementObligations.dueOn} < ${window.today}`
    : sql`${agreementObligations.dueOn} >= ${window.today} and ${agreementObligations.dueOn} <= ${window.until}`;
  const where = and(
    inArray(agreementObligations.status, ['planned', 'in_progress']),
    inArray(agreements.status, ['signed', 'active']),
    due,
    scopeCondition(scope),
  );
  const rows = db.select({ ...selection, agreement: agreements }).from(agreementObligations)
    .innerJoin(agreements, eq(agreements.id, agreementObligations.agreementId))
    .leftJoin(organizations, eq(organizations.id, agreementObligations.responsibleOrganizationId))
    .where(where)
    .orderBy(asc(agreementObligations.dueOn), asc(agreementObligations.id))
    .limit(window.limit);
  const total = db.select({ value: sql<number>`count(*)::int` }).from(agreementObligations)
    .innerJoin(agreements, eq(agreements.id, agreementObligations.agreementId)).where(where);
  return Promise.all([rows, total]);
}

/** Obligations of every agreement the caller may read, for calendar feeds. */
export function listObligationsForFeed(db: Executor, scope: AgreementReadScope, agreementId: string | null) {
  return db.select({ ...selection, agreement: agreements }).from(agreementObligations)
    .innerJoin(agreements, eq(agreements.id, agreementObligations.agreementId))
    .leftJoin(organizations, eq(organizations.id, agreementObligations.responsibleOrganizationId))
    .where(and(scopeCondition(scope), agreementId ? eq(agreements.id, agreementId) : inArray(agreements.status, ['draft', 'signed', 'active'])))
    .orderBy(asc(agreementObligations.dueOn))
    .limit(5000);
}
