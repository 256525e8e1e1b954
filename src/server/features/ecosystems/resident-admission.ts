/**
 * Admitting an organization as a resident of a park from another feature (an investor request's
 * outcome), in the caller's transaction: a current resident entry is linked as it is, a current
 * applicant's entry becomes a resident one (audited as an update), and otherwise a new entry
 * starts on `dateFrom` (today by default) with the register's own rules (overlaps, numbers).
 */
import type { Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import { AppError } from '../../lib/errors';
import { canManageMemberships, organizationReadScope } from './ecosystems.policy';
import * as memberships from './ecosystems.repo';
import { admitMember, toMembership } from './ecosystems.service';

export type AdmittedResident = { membershipId: string; admitted: 'new' | 'from_applicant' | 'already_resident' };
type ResidentInput = { organizationId: string; dateFrom: string | null; residentType: string | null; registrationNumber: string | null };

/** Whether the caller may see the organization: admitting it must not be a way to reach a hidden one. */
export async function isVisibleOrganization(tx: Executor, context: RequestContext, id: string): Promise<boolean> {
  return Boolean(await memberships.findVisibleOrganization(tx, organizationReadScope(context.actor), id));
}

export async function admitResident(tx: Executor, ecosystemId: string, input: ResidentInput, context: RequestContext, now: Date): Promise<AdmittedResident> {
  authorize(context.actor, canManageMemberships(context.actor, ecosystemId, 'create'));
  const today = now.toISOString().slice(0, 10);
  const { organizationId } = input;
  const entries = await memberships.listMembershipsOfPair(tx, ecosystemId, organizationId);
  const current = entries.find((entry) => entry.status !== 'former' && (!entry.dateTo || entry.dateTo > today));
  if (current?.status === 'resident') return { membershipId: current.id, admitted: 'already_resident' };
  if (current) {
    if (input.registrationNumber && (await memberships.findCurrentHolderOfRegistrationNumber(tx, ecosystemId, input.registrationNumber, current.id))) {
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
    return { membershipId: current.id, admitted: 'from_applicant' };
  }
  const admitted = await admitMember(tx, ecosystemId, {
    organizationId, status: 'resident', dateFrom: input.dateFrom ?? today, residentType: input.residentType as never, registrationNumber: input.registrationNumber,
  }, context);
  return { membershipId: admitted.id, admitted: 'new' };
}

