/**
 * The roadmap of an agreement: obligations with their responsible party, due date, status and
 * evidence, and comments on them. Coordinators write the roadmap; the responsible party's own
 * people report progress on their obligations (status and evidence only). Every write is recorded
 * in the agreement's history.
 */
import type { AddCommentInput, Obligation, ObligationInput, UpdateObligationInput } from '../../../shared/contracts/agreements';
import { agreementHealth } from '../../../shared/agreement-health';
import type { Database, Executor } from '../../db/client';
import { agreementDocuments, agreementObligations, obligationComments } from '../../db/schema/index';
import { and, eq } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../lib/actor';
import { diffRows, recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { checkObligationDates } from './agreement-checks';
import { todayOf, toObligation } from './agreement-mappers';
import { canContribute, canManageAgreements, canReportObligation } from './agreements.policy';
import { partySideOf } from './agreements.repo';
import { requireReadableAgreement } from './agreement-access';
import * as repo from './obligations.repo';

const reportFields = new Set(['status', 'doneOn', 'evidenceUrl', 'evidenceDocumentId', 'evidenceNote']);

function audited(row: typeof agreementObligations.$inferSelect | undefined | null) {
  if (!row) return null;
  const { createdAt: _createdAt, updatedAt: _updatedAt, agreementId: _agreementId, ...fields } = row;
  return fields;
}

export function createAgreementRoadmap({ db, clock }: { db: Database; clock: Clock }) {
  const today = () => todayOf(clock.now());

  async function listWithComments(executor: Executor, agreementId: string, actor?: Actor): Promise<Obligation[]> {
    const rows = await repo.listObligations(executor, agreementId);
    const comments = await repo.listComments(executor, rows.map((r) => r.obligation.id));
    const side = actor ? await partySideOf(executor, agreementId) : null;
    return rows.map((row) => toObligation(row, comments.filter((c) => c.obligationId === row.obligation.id)
      .map((c) => ({ id: c.id, author: c.authorName, text: c.text, createdAt: c.createdAt.toISOString() })), today(),
    !!actor && !!side && canReportObligation(actor, row.obligation.responsibleOrganizationId, side)));
  }

  async function checkContent(tx: Executor, agreementId: string, signedOn: string | null, values: { responsibleOrganizationId?: string | null; startsOn?: string | null; dueOn: string; evidenceDocumentId?: string | null }) {
    checkObligationDates({ startsOn: values.startsOn ?? null, dueOn: values.dueOn }, signedOn);
    const side = await partySideOf(tx, agreementId);
    if (values.responsibleOrganizationId && !side.organizationIds.includes(values.responsibleOrganizationId)) {
      throw new AppError('RESPONSIBLE_NOT_A_PARTY', { organizationId: values.responsibleOrganizationId });
    }
    if (values.evidenceDocumentId) {
      const [document] = await tx.select({ id: agreementDocuments.id }).from(agreementDocuments)
        .where(and(eq(agreementDocuments.id, values.evidenceDocumentId), eq(agreementDocuments.agreementId, agreementId)));
      if (!document) throw notFound('document', values.evidenceDocumentId);
    }
  }

  return {
    async list(agreementId: string, context: RequestContext) {
      await requireReadableAgreement(db, context, agreementId);
      const items = await listWithComments(db, agreementId, context.actor);
      const permissions = { manage: canManageAgreements(context.actor), contribute: canContribute(context.actor, await partySideOf(db, agreementId)) };
      return { items, health: agreementHealth(items.map((o) => ({ status: o.storedStatus, dueOn: o.dueOn, doneOn: o.doneOn })), today()), permissions };
    },

    async create(agreementId: string, input: ObligationInput, context: RequestContext) {
      const agreement = await requireReadableAgreement(db, context, agreementId);
      authorize(context.actor, canManageAgreements(context.actor));
      return db.transaction(async (tx) => {
        await checkContent(tx, agreementId, agreement.signedOn, input);
        const [row] = await tx.insert(agreementObligations).values({
          agreementId, position: await repo.nextPosition(tx, agreementId), textRu: input.text.ru, textEn: input.text.en, textZh: input.text.zh,
          responsibleOrganizationId: input.responsibleOrganizationId, startsOn: input.startsOn, dueOn: input.dueOn,
        }).returning();
        await recordAudit(tx, context, { action: 'obligation_create', entityType: 'agreement', entityId: agreementId, changes: { ...diffRows(null, audited(row)), obligationId: { before: null, after: row!.id } } });
        return row!.id;
      });
    },

    async update(agreementId: string, obligationId: string, input: UpdateObligationInput, context: RequestContext) {
      const agreement = await requireReadableAgreement(db, context, agreementId);
      await db.transaction(async (tx) => {
        const existing = await repo.findObligation(tx, agreementId, obligationId);
        if (!existing) throw notFound('obligation', obligationId);
        authorize(context.actor, canReportObligation(context.actor, existing.responsibleOrganizationId, await partySideOf(tx, agreementId)));
        if (!canManageAgreements(context.actor) && Object.keys(input).some((key) => !reportFields.has(key))) throw new AppError('FORBIDDEN', { fields: [...reportFields] });
        const { text, ...rest } = input;
        const values: Partial<typeof agreementObligations.$inferInsert> = { ...rest, ...(text ? { textRu: text.ru, textEn: text.en, textZh: text.zh } : {}) };
        const merged = { ...existing, ...values };
        if (input.status && input.status !== 'done') values.doneOn = null;
        if (merged.status === 'done') {
          if (!merged.evidenceUrl && !merged.evidenceDocumentId && !merged.evidenceNote) throw new AppError('EVIDENCE_REQUIRED');
          values.doneOn = merged.doneOn ?? today();
          if (agreement.signedOn && values.doneOn < agreement.signedOn) throw new AppError('DATES_OUT_OF_ORDER', { field: 'doneOn', mustNotBeBefore: 'signedOn' });
        }
        await checkContent(tx, agreementId, agreement.signedOn, merged);
        const [after] = await tx.update(agreementObligations).set({ ...values, updatedAt: clock.now() }).where(eq(agreementObligations.id, obligationId)).returning();
        await recordAudit(tx, context, { action: 'obligation_update', entityType: 'agreement', entityId: agreementId, changes: { ...diffRows(audited(existing), audited(after)), obligationId: { before: obligationId, after: obligationId } } });
      });
    },

    async remove(agreementId: string, obligationId: string, context: RequestContext) {
      await requireReadableAgreement(db, context, agreementId);
      authorize(context.actor, canManageAgreements(context.actor));
      await db.transaction(async (tx) => {
        const existing = await repo.findObligation(tx, agreementId, obligationId);
        if (!existing) throw notFound('obligation', obligationId);
        await tx.delete(agreementObligations).where(eq(agreementObligations.id, obligationId));
        await recordAudit(tx, context, { action: 'obligation_delete', entityType: 'agreement', entityId: agreementId, changes: { ...diffRows(audited(existing), null), obligationId: { before: obligationId, after: null } } });
      });
    },

    async addComment(agreementId: string, obligationId: string, input: AddCommentInput, context: RequestContext) {
      await requireReadableAgreement(db, context, agreementId);
      const user = requireUser(context.actor);
      await db.transaction(async (tx) => {
        if (!(await repo.findObligation(tx, agreementId, obligationId))) throw notFound('obligation', obligationId);
        authorize(context.actor, canContribute(context.actor, await partySideOf(tx, agreementId)));
        const [comment] = await tx.insert(obligationComments).values({ obligationId, authorUserId: user.id, authorName: user.fullName, text: input.text }).returning();
        await recordAudit(tx, context, { action: 'obligation_comment', entityType: 'agreement', entityId: agreementId, changes: { obligationId: { before: null, after: obligationId }, comment: { before: null, after: comment!.text } } });
      });
    },

    listWithComments,
  };
}

export type AgreementRoadmap = ReturnType<typeof createAgreementRoadmap>;
