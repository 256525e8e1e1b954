/**
 * "Resident registered" is a fact of the park's register, not only a word on the request: the
 * outcome admits the investor's organization as a resident of the park (or finds the entry it
 * already has) in the transaction that closes the request, each write with its audit entry.
 */
import { and, eq } from 'drizzle-orm';
import type { CloseInvestorRequestInput } from '../../../shared/contracts/investor-requests';
import type { Executor } from '../../db/client';
import { userRoles } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { authorize } from '../../lib/authorization';
import { AppError } from '../../lib/errors';
import { canManageMemberships } from '../ecosystems/ecosystems.policy';
import { admitResident, isVisibleOrganization, type AdmittedResident } from '../ecosystems/resident-admission';
import { insertOrganizationWithLinks } from '../registry/organization-writes';
import { canWriteOrganization } from '../registry/registry.policy';
import type { InvestorRequestRow } from './investor-requests.repo';

export type RegisteredResident = AdmittedResident & { organizationId: string };

/** The organizations a signed-in sender is a member of: their own, when there is exactly one. */
async function senderOrganizationIds(tx: Executor, userId: string): Promise<string[]> {
  const rows = await tx.select({ id: userRoles.scopeOrganizationId }).from(userRoles).where(and(eq(userRoles.userId, userId), eq(userRoles.role, 'member')));
  return rows.map((r) => r.id).filter((id): id is string => Boolean(id));
}

async function residentOrganizationOf(tx: Executor, request: InvestorRequestRow, input: CloseInvestorRequestInput, context: RequestContext): Promise<string> {
  if (input.residentOrganizationId && input.newOrganization) throw new AppError('RESIDENT_ORGANIZATION_TWICE');
  if (input.residentOrganizationId) {
    // Only an organization the manager can see: registering it must not be a way to reach a hidden one.
    if (!(await isVisibleOrganization(tx, context, input.residentOrganizationId))) {
      throw new AppError('REFERENCE_NOT_FOUND', { field: 'residentOrganizationId', id: input.residentOrganizationId });
    }
    return input.residentOrganizationId;
  }
  if (input.newOrganization) {
    authorize(context.actor, canWriteOrganization(context.actor, 'create'));
    // Seen by the network, as a new resident is; its members or the park complete it in the registry.
    return insertOrganizationWithLinks(tx, {
      ...input.newOrganization, visibility: 'network', directionIds: [], identifiers: [], activityCodes: { main: null, additional: [] }, privateFigures: {},
    }, context);
  }
  const own = request.requesterUserId ? await senderOrganizationIds(tx, request.requesterUserId) : [];
  if (own.length === 1) return own[0]!;
  throw new AppError('RESIDENT_ORGANIZATION_REQUIRED', { senderOrganizations: own.length });
}

/** Registers the request's investor as a resident of the request's park, in the caller's transaction. */
export async function registerResident(tx: Executor, request: InvestorRequestRow, input: CloseInvestorRequestInput, context: RequestContext, now: Date): Promise<RegisteredResident> {
  authorize(context.actor, canManageMemberships(context.actor, request.ecosystemId, 'create'));
  const organizationId = await residentOrganizationOf(tx, request, input, context);
  const admitted = await admitResident(tx, request.ecosystemId, { organizationId, dateFrom: input.residentSince, residentType: input.residentType, registrationNumber: input.registrationNumber }, context, now);
  return { organizationId, ...admitted };
}
