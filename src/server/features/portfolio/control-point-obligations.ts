/**
 * Control points that deliver an agreement's obligation. A control point names the roadmap
 * obligation it completes (`obligation_id`); the obligation must belong to an agreement the
 * project implements. When the point has its actual date, the open obligation becomes done on
 * that date, in the same transaction as the control points, and the agreement's history records
 * it with the point as its evidence.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreementObligations, projectAgreements, projects } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { diffRows, recordAudit } from '../../lib/audit';
import { AppError } from '../../lib/errors';

type LinkedPoint = { key: string; obligationId: string | null; actualOn: string | null; evidenceUrl: string | null };

/** Every linked obligation exists and belongs to an agreement of the project; checked before anything is written. */
export async function checkObligationLinks(tx: Executor, projectId: string, points: LinkedPoint[]) {
  const linked = points.filter((p): p is LinkedPoint & { obligationId: string } => !!p.obligationId);
  if (linked.length === 0) return;
  const rows = await tx.select({ id: agreementObligations.id }).from(agreementObligations)
    .innerJoin(projectAgreements, and(eq(projectAgreements.agreementId, agreementObligations.agreementId), eq(projectAgreements.projectId, projectId)))
    .where(inArray(agreementObligations.id, linked.map((p) => p.obligationId)));
  const known = new Set(rows.map((r) => r.id));
  const stray = linked.find((p) => !known.has(p.obligationId));
  if (stray) throw new AppError('OBLIGATION_NOT_OF_PROJECT', { key: stray.key, obligationId: stray.obligationId });
}

const open = ['planned', 'in_progress'];

/** Completes the open obligations of the points that are done; returns how many it completed. */
export async function completeLinkedObligations(tx: Executor, projectId: string, points: LinkedPoint[], context: RequestContext, now: Date): Promise<number> {
  const done = points.filter((p): p is LinkedPoint & { obligationId: string; actualOn: string } => !!p.obligationId && !!p.actualOn);
  if (done.length === 0) return 0;
  const [project] = await tx.select({ code: projects.code }).from(projects).where(eq(projects.id, projectId));
  const obligations = await tx.select().from(agreementObligations)
    .where(and(inArray(agreementObligations.id, done.map((p) => p.obligationId)), inArray(agreementObligations.status, open)));
  for (const before of obligations) {
    const point = done.find((p) => p.obligationId === before.id)!;
    // Done needs evidence (ADR 020): the control point is it, named so that a reader finds it.
    const values = {
      status: 'done', doneOn: point.actualOn,
      evidenceUrl: before.evidenceUrl ?? point.evidenceUrl,
      evidenceNote: before.evidenceNote ?? `${project!.code} / ${point.key}: ${point.actualOn}`,
      updatedAt: now,
    };
    const [after] = await tx.update(agreementObligations).set(values).where(eq(agreementObligations.id, before.id)).returning();
    const audited = (row: typeof before) => ({ status: row.status, doneOn: row.doneOn, evidenceUrl: row.evidenceUrl, evidenceNote: row.evidenceNote });
    await recordAudit(tx, context, {
      action: 'obligation_update', entityType: 'agreement', entityId: before.agreementId,
      changes: { ...diffRows(audited(before), audited(after!)), obligationId: { before: before.id, after: before.id }, controlPoint: { before: null, after: `${projectId}/${point.key}` } },
    });
  }
  return obligations.length;
}
