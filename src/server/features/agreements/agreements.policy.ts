import { hasRole, type Actor } from '../../lib/actor';

/**
 * Which agreements a caller may read. Coordinators and admins: all. The parties' own people —
 * members of a party, managers of a party ecosystem or of an ecosystem a party is resident of —
 * their agreements, drafts and confidential ones included. Everyone else: signed,
 * non-confidential agreements only.
 */
export type AgreementReadScope =
  | { all: true }
  | { all: false; partyOrganizationIds: string[]; partyResidentOfEcosystemIds: string[] };

export function agreementReadScope(actor: Actor): AgreementReadScope {
  if (hasRole(actor, 'admin', 'coordinator')) return { all: true };
  if (actor.kind !== 'user') return { all: false, partyOrganizationIds: [], partyResidentOfEcosystemIds: [] };
  return {
    all: false,
    partyOrganizationIds: [...actor.memberOrganizationIds, ...actor.managedEcosystemIds],
    partyResidentOfEcosystemIds: actor.managedEcosystemIds,
  };
}

/** Statuses that are public knowledge once the agreement is not confidential. */
export const publishedAgreementStatuses = ['signed', 'active', 'expired', 'terminated'];
