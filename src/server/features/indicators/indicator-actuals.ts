/**
 * Entering and confirming figures. A figure moves draft → submitted → confirmed; a confirmed one
 * changes only as a correction with a reason, and every change of an entered figure leaves a
 * revision (before, after, who, why) beside the audit entry.
 */
import type { ActualValue, ReportActualInput } from '../../../shared/contracts/indicators';
import type { IndicatorUnit } from '../../../shared/domain';
import type { Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import { AppError, notFound } from '../../lib/errors';
import { checkPercent } from './indicator-rules';
import { canConfirmActual, canConfirmSomeActuals, canManageIndicators, canReportFor, canSeeOrganizationFigures, readableIndicatorLevels } from './indicators.policy';
import * as repo from './indicators.repo';
import { organizationsOwing } from './reporting.repo';

export function auditedActual(row: repo.ActualRow) {
  return {
    indicatorId: row.indicatorId, organizationId: row.organizationId, year: row.year, periodKind: row.periodKind, periodIndex: row.periodIndex,
    value: row.value, status: row.status, source: row.source, comment: row.comment,
  };
}

export type ReportOutcome = { row: repo.ActualRow; created: boolean };

/** Writes one figure inside the caller's transaction; the API and the spreadsheet import share it. */
export async function reportActual(tx: Executor, indicator: repo.IndicatorRow, input: ReportActualInput, context: RequestContext, now: Date): Promise<ReportOutcome> {
  const actor = requireUser(context.actor);
  authorize(actor, canReportFor(actor, indicator, input.organizationId, await organizationsOwing(tx, indicator.id)));
  const confirmer = canManageIndicators(actor);
  if (input.status === 'confirmed' && !confirmer) throw new AppError('FORBIDDEN', { reason: 'confirm' });
  checkPercent(indicator.unit as IndicatorUnit, [input.value]);
  const key = { indicatorId: indicator.id, year: input.year, periodKind: input.periodKind, periodIndex: input.periodIndex, organizationId: input.organizationId };
  const existing = await repo.findActualOfPeriod(tx, key);
  const fields = { value: input.value, source: input.source ?? null, comment: input.comment ?? null, updatedAt: now };

  if (!existing) {
    const confirmed = input.status === 'confirmed';
    const row = await repo.insertActual(tx, {
      ...key, ...fields, status: input.status, enteredByUserId: actor.id,
      confirmedByUserId: confirmed ? actor.id : null, confirmedAt: confirmed ? now : null,
    });
    await recordAudit(tx, context, { action: 'create', entityType: 'indicator_actual', entityId: row.id, after: auditedActual(row) });
    return { row, created: true };
  }

  if (existing.status === 'confirmed' && !input.correctionReason) throw new AppError('ACTUAL_CONFIRMED', { actualId: existing.id });
  // A correction by the center stays confirmed; by the organization, it goes back for confirmation.
  const status = existing.status === 'confirmed' ? (confirmer ? 'confirmed' : 'submitted') : input.status;
  const row = await repo.updateActual(tx, existing.id, {
    ...fields, status, enteredByUserId: actor.id,
    ...(status === 'confirmed' ? { confirmedByUserId: actor.id, confirmedAt: now } : { confirmedByUserId: null, confirmedAt: null }),
  });
  await repo.insertRevision(tx, {
    actualId: existing.id, valueBefore: existing.value, valueAfter: row.value, statusBefore: existing.status, statusAfter: row.status,
    reason: input.correctionReason ?? null, changedByUserId: actor.id,
  });
  await recordAudit(tx, context, {
    action: existing.status === 'confirmed' ? 'correct' : 'update', entityType: 'indicator_actual', entityId: row.id,
    before: auditedActual(existing), after: { ...auditedActual(row), ...(input.correctionReason ? { correctionReason: input.correctionReason } : {}) },
  });
  return { row, created: false };
}

export async function confirmActual(tx: Executor, actualId: string, context: RequestContext, now: Date) {
  const actor = requireUser(context.actor);
  authorize(actor, canConfirmSomeActuals(actor));
  const existing = await repo.findActual(tx, actualId);
  if (!existing) throw notFound('indicator_actual', actualId);
  const ecosystems = existing.organizationId ? (await repo.ecosystemIdsOf(tx, [existing.organizationId])).get(existing.organizationId) ?? [] : [];
  authorize(actor, canConfirmActual(actor, existing.organizationId, ecosystems));
  if (existing.status !== 'submitted') throw new AppError('ACTUAL_NOT_SUBMITTED', { status: existing.status });
  const row = await repo.updateActual(tx, actualId, { status: 'confirmed', confirmedByUserId: actor.id, confirmedAt: now, updatedAt: now });
  await repo.insertRevision(tx, { actualId, valueBefore: existing.value, valueAfter: row.value, statusBefore: 'submitted', statusAfter: 'confirmed', reason: null, changedByUserId: actor.id });
  await recordAudit(tx, context, { action: 'confirm', entityType: 'indicator_actual', entityId: actualId, before: auditedActual(existing), after: auditedActual(row) });
  return row;
}

/** The figures of an indicator the caller may see: an organization's only for those allowed; drafts only for their authors' side. */
export async function listVisibleActuals(db: Executor, indicator: repo.IndicatorRow, context: RequestContext): Promise<ActualValue[]> {
  if (context.actor.kind === 'anonymous' && !readableIndicatorLevels(context.actor).includes(indicator.level)) return [];
  const rows = await repo.listActualsOfIndicator(db, indicator.id);
  const organizationIds = rows.flatMap((r) => (r.actual.organizationId ? [r.actual.organizationId] : []));
  const [names, ecosystems, revisions] = await Promise.all([
    repo.organizationNames(db, organizationIds),
    repo.ecosystemIdsOf(db, organizationIds),
    repo.listRevisions(db, rows.map((r) => r.actual.id)),
  ]);
  const actor = context.actor;
  const manager = canManageIndicators(actor);
  const visible = rows.filter(({ actual }) => {
    if (actual.organizationId === null) return actual.status !== 'draft' || manager;
    if (!canSeeOrganizationFigures(actor, actual.organizationId, ecosystems.get(actual.organizationId) ?? [])) return false;
    return actual.status !== 'draft' || manager || (actor.kind === 'user' && actor.memberOrganizationIds.includes(actual.organizationId));
  });
  return visible.map(({ actual, enteredBy, confirmedBy }) => ({
    id: actual.id,
    year: actual.year,
    periodKind: actual.periodKind as ActualValue['periodKind'],
    periodIndex: actual.periodIndex,
    organization: actual.organizationId ? { id: actual.organizationId, name: names.get(actual.organizationId) ?? { ru: null, en: null, zh: null } } : null,
    value: actual.value,
    source: actual.source,
    comment: actual.comment,
    status: actual.status as ActualValue['status'],
    isDemo: actual.isDemo,
    enteredBy: context.actor.kind === 'user' ? enteredBy : null,
    confirmedBy: context.actor.kind === 'user' ? confirmedBy : null,
    confirmedAt: actual.confirmedAt?.toISOString() ?? null,
    updatedAt: actual.updatedAt.toISOString(),
    canConfirm: actual.status === 'submitted' && canConfirmActual(actor, actual.organizationId, actual.organizationId ? ecosystems.get(actual.organizationId) ?? [] : []),
    revisions: revisions.filter((r) => r.revision.actualId === actual.id).map(({ revision, changedBy }) => ({
      valueBefore: revision.valueBefore, valueAfter: revision.valueAfter,
      statusBefore: revision.statusBefore as ActualValue['status'], statusAfter: revision.statusAfter as ActualValue['status'],
      reason: revision.reason, changedBy: context.actor.kind === 'user' ? changedBy : null, at: revision.createdAt.toISOString(),
    })),
  }));
}
