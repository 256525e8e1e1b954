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
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import { AppError } from '../../lib/errors';
import { canManageMemberships } from '../ecosystems/ecosystems.policy';
import * as memberships from '../ecosystems/ecosystems.repo';
import { admitMember, toMembership } from '../ecosystems/ecosystems.service';
import { insertOrganizationWithLinks } from '../registry/organization-writes';
import { canWriteOrganization, organizationReadScope } from '../registry/registry.policy';
import type { InvestorRequestRow } from './investor-requests.repo';

export type RegisteredResident = { organizationId: string; membershipId: string; admitted: 'new' | 'from_applicant' | 'already_resident' };

/** The organizations a signed-in sender is a member of: their own, when there is exactly one. */
async function senderOrganizationIds(tx: Executor, userId: string): Promise<string[]> {
  const rows = await tx.select({ id: userRoles.scopeOrganizationId }).from(userRoles).where(and(eq(userRoles.userId, userId), eq(userRoles.role, 'member')));
  return rows.map((r) => r.id).filter((id): id is string => Boolean(id));
}

async function residentOrganizationOf(tx: Executor, request: InvestorRequestRow, input: CloseInvestorRequestInput, context: RequestContext): Promise<string> {
  if (input.residentOrganizationId && input.newOrganization) throw new AppError('RESIDENT_ORGANIZATION_TWICE');
  if (input.residentOrganizationId) {
    // Only an organization the manager can see: registering it must not be a way to reach a hidden one.
    if (!(await memberships.findVisibleOrganization(tx, organizationReadScope(context.actor), input.residentOrganizationId))) {
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

/**
 * Registers the request's investor as a resident of the request's park, in the caller's
 * transaction: a current resident entry is linked as it is, a current applicant's entry becomes a
 * resident one (audited as an update), and otherwise a new entry starts on `residentSince` (today
 * by default) with the register's own rules (overlaps, registration numbers).
 */
export async function registerResident(tx: Executor, request: InvestorRequestRow, input: CloseInvestorRequestInput, context: RequestContext, now: Date): Promise<RegisteredResident> {
  const today = now.toISOString().slice(0, 10);
  authorize(context.actor, canManageMemberships(context.actor, request.ecosystemId, 'create'));
  const organizationId = await residentOrganizationOf(tx, request, input, context);
  const entries = await memberships.listMembershipsOfPair(tx, request.ecosystemId, organizationId);
  const current = entries.find((entry) => entry.status !== 'former' && (!entry.dateTo || entry.dateTo > today));
  if (current?.status === 'resident') return { organizationId, membershipId: current.id, admitted: 'already_resident' };
  if (current) {
    if (input.registrationNumber && (await memberships.findCurrentHolderOfRegistrationNumber(tx, request.ecosystemId, input.registrationNumber, current.id))) {
      throw new AppError('REGISTRATION_NUMBER_TAKEN', { registrationNumber: input.registrationNumber });
    }
    const before = await memberships.findMembership(tx, current.id);
    const after = await memberships.updateMembership(tx, current.id, {
      status: 'resident',
      residentType: input.residentType ?? before!.residentType,
      registrationNumber: input.registrationNumber ?? before!.registrationNumber,
      updatedAt: now,
    });
    await recordAudit(tx, context, { action: 'update', entityType: 'ecosystem_membership', entityId: current.id, before: toMembership(before!), after: toMembership(after) });
    return { organizationId, membershipId: current.id, admitted: 'from_applicant' };
  }
  const admitted = await admitMember(tx, request.ecosystemId, {
    organizationId, status: 'resident', dateFrom: input.residentSince ?? today, residentType: input.residentType, registrationNumber: input.registrationNumber,
  }, context);
  return { organizationId, membershipId: admitted.id, admitted: 'new' };
}

