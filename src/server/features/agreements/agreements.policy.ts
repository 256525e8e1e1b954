import { hasRole, type Actor } from '../../lib/actor';

/**
 * Which agreements a caller may read. Coordinators and admins: all. The parties' own people —
 * members of a party, managers of a party ecosystem or of an ecosystem a party is resident of —
 * their agreements, drafts and confidential ones included. Everyone else (analysts, other
 * members and managers, anonymous visitors): signed, non-confidential agreements only; anonymous
 * visitors read their published summary and nothing of the roadmap or the documents.
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

/** Signatories, goals, roadmap, documents, history: signed-in readers of the agreement only. */
export const canReadAgreementDetails = (actor: Actor) => actor.kind === 'user';

/** Creating and editing agreements, their status, roadmap and relations: the project management center. */
export const canManageAgreements = (actor: Actor) => hasRole(actor, 'admin', 'coordinator');

/** Who acts for an organization: its members, its own managers (when it is an ecosystem), the managers of the ecosystems it is resident of. */
export function actsFor(actor: Actor, organizationId: string, residentOfEcosystemIds: string[]): boolean {
  if (actor.kind !== 'user') return false;
  return actor.memberOrganizationIds.includes(organizationId)
    || actor.managedEcosystemIds.includes(organizationId)
    || residentOfEcosystemIds.some((id) => actor.managedEcosystemIds.includes(id));
}

export type PartySide = { organizationIds: string[]; ecosystemsOf: (organizationId: string) => string[] };

/** Uploading documents and commenting on the roadmap: managers and the parties' own people. */
export function canContribute(actor: Actor, side: PartySide): boolean {
  return canManageAgreements(actor) || side.organizationIds.some((id) => actsFor(actor, id, side.ecosystemsOf(id)));
}

/** Reporting progress on an obligation (status, evidence): managers and the people of the responsible party. */
export function canReportObligation(actor: Actor, responsibleOrganizationId: string | null, side: PartySide): boolean {
  if (canManageAgreements(actor)) return true;
  return responsibleOrganizationId !== null && actsFor(actor, responsibleOrganizationId, side.ecosystemsOf(responsibleOrganizationId));
}
