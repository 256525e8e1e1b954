/**
 * Investors' requests for space or a site. Anyone may send one — signed in, or anonymous with a
 * contact and a consent to its processing (152-FZ); the park's managers answer it, propose objects
 * of their catalog and record its outcome: a resident registered, or declined with the reason.
 */
import { eq } from 'drizzle-orm';
import type {
  CloseInvestorRequestInput, CreateInvestorRequestInput, RespondToInvestorRequestInput,
} from '../../../shared/contracts/investor-requests';
import { investorConsentWording } from '../../../shared/contracts/investor-requests';
import { isEcosystemKind } from '../../../shared/domain';
import type { Database, Executor } from '../../db/client';
import { investorRequestResponses, investorRequests } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { diffRows, recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { canManageInfrastructure, canReadObject, infrastructureReadScope, investorRequestScope } from './infrastructure.policy';
import * as objects from './infrastructure.repo';
import { eraseInvestorContact, findRequestByWithdrawalToken, newWithdrawalToken } from './investor-request-erasure';
import { registerResident } from './investor-request-outcome';
import { presentInvestorRequests } from './investor-requests.present';
import * as repo from './investor-requests.repo';

type Audited = Omit<repo.InvestorRequestRow, 'createdAt' | 'updatedAt' | 'withdrawalTokenHash'>;
const audited = ({ createdAt: _created, updatedAt: _updated, withdrawalTokenHash: _token, ...fields }: repo.InvestorRequestRow): Audited => fields;

export function createInvestorRequests({ db, clock }: { db: Database; clock: Clock }) {
  const present = (rows: repo.InvestorRequestRow[], context: RequestContext) => presentInvestorRequests(db, rows, context);

  /** A request the caller manages, locked for the write; an open one unless `closedToo`. */
  async function requireManageable(tx: Executor, id: string, context: RequestContext, { closedToo = false } = {}) {
    authorize(context.actor, context.actor.kind === 'user');
    const row = await repo.findRequest(tx, investorRequestScope(context.actor), id, { lock: true });
    if (!row) throw notFound('investor_request', id);
    authorize(context.actor, canManageInfrastructure(context.actor, row.ecosystemId));
    if (closedToo) return row;
    if (row.status === 'resident_registered' || row.status === 'declined') throw new AppError('INVESTOR_REQUEST_CLOSED', { status: row.status });
    return row;
  }

  async function get(id: string, context: RequestContext) {
    authorize(context.actor, context.actor.kind === 'user');
    const row = await repo.findRequest(db, investorRequestScope(context.actor), id);
    if (!row) throw notFound('investor_request', id);
    return (await present([row], context))[0]!;
  }

  return {
    get,

    async list(filter: { ecosystemId?: string; status?: string; sort?: string; page: number; pageSize: number }, context: RequestContext) {
      authorize(context.actor, context.actor.kind === 'user');
      const { rows, total } = await repo.listRequests(db, investorRequestScope(context.actor), filter);
      return { items: await present(rows, context), page: filter.page, pageSize: filter.pageSize, total };
    },

    /**
     * Returns the new request's id and the sender's private token for withdrawing their consent;
     * an anonymous sender reads nothing else back.
     */
    async create(input: CreateInvestorRequestInput, context: RequestContext): Promise<{ id: string; withdrawalToken: string }> {
      if (input.areaMinM2 !== null && input.areaMaxM2 !== null && input.areaMinM2 > input.areaMaxM2) throw new AppError('AREA_RANGE_REVERSED');
      return db.transaction(async (tx) => {
        const kind = await objects.findOrganizationKind(tx, input.ecosystemId);
        if (!kind) throw new AppError('REFERENCE_NOT_FOUND', { field: 'ecosystemId', id: input.ecosystemId });
        if (!isEcosystemKind(kind)) throw new AppError('NOT_AN_ECOSYSTEM', { field: 'ecosystemId' });
        if (input.objectId) {
          const object = await objects.findObject(tx, input.objectId);
          if (!object || !canReadObject(infrastructureReadScope(context.actor), object)) throw new AppError('REFERENCE_NOT_FOUND', { field: 'objectId', id: input.objectId });
          if (object.ecosystemId !== input.ecosystemId) throw new AppError('PROPOSED_OBJECT_OF_ANOTHER_PARK', { field: 'objectId' });
        }
        const { consentToProcessing: _consent, ...fields } = input;
        const token = newWithdrawalToken();
        const [row] = await tx.insert(investorRequests).values({
          ...fields,
          withdrawalTokenHash: token.hash,
          requesterUserId: context.actor.kind === 'user' ? context.actor.id : null,
          consentGivenAt: clock.now(),
          consentWording: investorConsentWording,
          status: 'new',
          createdAt: clock.now(),
          updatedAt: clock.now(),
        }).returning();
        await recordAudit(tx, context, { action: 'create', entityType: 'investor_request', entityId: row!.id, before: null, after: audited(row!) });
        return { id: row!.id, withdrawalToken: token.token };
      });
    },

    async respond(id: string, input: RespondToInvestorRequestInput, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await requireManageable(tx, id, context);
        // Nobody to answer: the sender withdrew their consent and their contact is gone.
        if (row.erasedAt) throw new AppError('INVESTOR_CONSENT_WITHDRAWN', { erasedAt: row.erasedAt.toISOString() });
        const proposedIds = [...new Set(input.proposedObjectIds)];
        const proposed = await objects.findObjects(tx, proposedIds);
        if (proposed.length !== proposedIds.length) throw new AppError('REFERENCE_NOT_FOUND', { field: 'proposedObjectIds' });
        if (proposed.some((o) => o.ecosystemId !== row.ecosystemId)) throw new AppError('PROPOSED_OBJECT_OF_ANOTHER_PARK', { field: 'proposedObjectIds' });
        const [response] = await tx.insert(investorRequestResponses).values({
          requestId: id, authorUserId: context.actor.kind === 'user' ? context.actor.id : null, message: input.message, proposedObjectIds: proposedIds, createdAt: clock.now(),
        }).returning();
        await tx.update(investorRequests).set({ status: 'in_progress', updatedAt: clock.now() }).where(eq(investorRequests.id, id));
        await recordAudit(tx, context, {
          action: 'respond', entityType: 'investor_request', entityId: id,
          changes: { status: { before: row.status, after: 'in_progress' }, response: { before: null, after: response!.id }, proposedObjectIds: { before: null, after: proposedIds } },
        });
      });
    },

    async close(id: string, input: CloseInvestorRequestInput, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await requireManageable(tx, id, context);
        if (input.outcome === 'declined' && !input.reason) throw new AppError('DECLINE_REASON_REQUIRED');
        const resident = input.outcome === 'resident_registered' ? await registerResident(tx, row, input, context, clock.now()) : null;
        await tx.update(investorRequests).set({
          status: input.outcome,
          declineReason: input.outcome === 'declined' ? input.reason : null,
          residentOrganizationId: resident?.organizationId ?? null,
          residentMembershipId: resident?.membershipId ?? null,
          closedAt: clock.now(),
          updatedAt: clock.now(),
        }).where(eq(investorRequests.id, id));
        const after = (await repo.findRequest(tx, { all: true }, id))!;
        await recordAudit(tx, context, {
          action: 'close', entityType: 'investor_request', entityId: id,
          changes: { ...diffRows(audited(row), audited(after)), ...(resident ? { residentAdmitted: { before: null, after: resident.admitted } } : {}) },
        });
      });
    },

    /** The park's manager records the sender's withdrawal of consent, given by other means (a letter, a call). */
    async withdrawConsentForSender(id: string, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await requireManageable(tx, id, context, { closedToo: true });
        await eraseInvestorContact(tx, row, 'manager', context, clock.now());
      });
    },

    /** The sender withdraws their consent with their private token; an unknown or spent token finds nothing. */
    async withdrawConsentByToken(token: string, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await findRequestByWithdrawalToken(tx, token);
        if (!row) throw new AppError('WITHDRAWAL_LINK_UNKNOWN');
        await eraseInvestorContact(tx, row, 'sender', context, clock.now());
      });
    },
  };
}

export type InvestorRequests = ReturnType<typeof createInvestorRequests>;
