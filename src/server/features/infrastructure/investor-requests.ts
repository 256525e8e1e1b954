/**
 * Investors' requests for space or a site. Anyone may send one — signed in, or anonymous with a
 * contact and a consent to its processing (152-FZ); the park's managers answer it, propose objects
 * of their catalog and record its outcome: a resident registered, or declined with the reason.
 */
import { eq } from 'drizzle-orm';
import type {
  CloseInvestorRequestInput, CreateInvestorRequestInput, InvestorRequest, RespondToInvestorRequestInput,
} from '../../../shared/contracts/investor-requests';
import { investorConsentWording } from '../../../shared/contracts/investor-requests';
import { isEcosystemKind } from '../../../shared/domain';
import type { Database, Executor } from '../../db/client';
import { investorRequestResponses, investorRequests } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { ecosystemRefOf, localized } from './infrastructure.mappers';
import { canManageInfrastructure, canReadObject, infrastructureReadScope, investorRequestScope } from './infrastructure.policy';
import * as objects from './infrastructure.repo';
import * as repo from './investor-requests.repo';

type Audited = Omit<repo.InvestorRequestRow, 'createdAt' | 'updatedAt'>;
const audited = ({ createdAt: _created, updatedAt: _updated, ...fields }: repo.InvestorRequestRow): Audited => fields;

export function createInvestorRequests({ db, clock }: { db: Database; clock: Clock }) {
  async function present(rows: repo.InvestorRequestRow[], context: RequestContext): Promise<InvestorRequest[]> {
    const responses = await repo.responsesOf(db, rows.map((r) => r.id));
    const objectIds = [...rows.map((r) => r.objectId), ...responses.flatMap((r) => r.response.proposedObjectIds)].filter((id): id is string => Boolean(id));
    const [names, objectRows] = await Promise.all([objects.ecosystemNames(db, rows.map((r) => r.ecosystemId)), objects.findObjects(db, [...new Set(objectIds)])]);
    const objectById = new Map(objectRows.map((o) => [o.id, { id: o.id, name: localized(o, 'name'), status: o.status }]));
    return rows.map((row) => ({
      id: row.id,
      ecosystem: ecosystemRefOf(row.ecosystemId, names),
      object: (row.objectId && objectById.get(row.objectId)) || null,
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      contactPhone: row.contactPhone,
      companyName: row.companyName,
      wantedType: row.wantedType as InvestorRequest['wantedType'],
      areaMinM2: row.areaMinM2,
      areaMaxM2: row.areaMaxM2,
      message: row.message,
      language: row.language as InvestorRequest['language'],
      status: row.status as InvestorRequest['status'],
      declineReason: row.declineReason,
      responses: responses.filter((r) => r.response.requestId === row.id).map(({ response, authorName }) => ({
        id: response.id,
        authorName,
        message: response.message,
        proposedObjects: response.proposedObjectIds.map((id) => objectById.get(id)).filter((o) => o !== undefined),
        createdAt: response.createdAt.toISOString(),
      })),
      canManage: canManageInfrastructure(context.actor, row.ecosystemId),
      createdAt: row.createdAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
    }));
  }

  async function requireManageable(tx: Executor, id: string, context: RequestContext) {
    authorize(context.actor, context.actor.kind === 'user');
    const row = await repo.findRequest(tx, investorRequestScope(context.actor), id);
    if (!row) throw notFound('investor_request', id);
    authorize(context.actor, canManageInfrastructure(context.actor, row.ecosystemId));
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

    /** Returns the new request's id; an anonymous sender reads nothing back but that. */
    async create(input: CreateInvestorRequestInput, context: RequestContext): Promise<string> {
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
        const [row] = await tx.insert(investorRequests).values({
          ...fields,
          requesterUserId: context.actor.kind === 'user' ? context.actor.id : null,
          consentGivenAt: clock.now(),
          consentWording: investorConsentWording,
          status: 'new',
          createdAt: clock.now(),
          updatedAt: clock.now(),
        }).returning();
        await recordAudit(tx, context, { action: 'create', entityType: 'investor_request', entityId: row!.id, before: null, after: audited(row!) });
        return row!.id;
      });
    },

    async respond(id: string, input: RespondToInvestorRequestInput, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await requireManageable(tx, id, context);
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
        if (input.residentOrganizationId && !(await objects.findOrganizationKind(tx, input.residentOrganizationId))) {
          throw new AppError('REFERENCE_NOT_FOUND', { field: 'residentOrganizationId', id: input.residentOrganizationId });
        }
        await tx.update(investorRequests).set({
          status: input.outcome,
          declineReason: input.outcome === 'declined' ? input.reason : null,
          residentOrganizationId: input.outcome === 'resident_registered' ? input.residentOrganizationId : null,
          closedAt: clock.now(),
          updatedAt: clock.now(),
        }).where(eq(investorRequests.id, id));
        const after = (await repo.findRequest(tx, { all: true }, id))!;
        await recordAudit(tx, context, { action: 'close', entityType: 'investor_request', entityId: id, before: audited(row), after: audited(after) });
      });
    },
  };
}

export type InvestorRequests = ReturnType<typeof createInvestorRequests>;
