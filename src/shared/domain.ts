/** Vocabularies of the domain, shared by the API contracts, the database checks and the web. */

export const ecosystemKinds = [
  'industrial_park',
  'technopark',
  'it_park',
  'it_cluster',
  'creative_cluster',
  'it_center_network',
  'university_consortium',
] as const;

export const organizationKinds = [
  ...ecosystemKinds,
  'company',
  'university',
  'research_institute',
  'research_center',
  'project_office',
  'fund',
  'venture_company',
  'government_body',
  'it_center',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export function isEcosystemKind(kind: string): boolean {
  return (ecosystemKinds as readonly string[]).includes(kind);
}

export const visibilities = ['public', 'network', 'private'] as const;
export type Visibility = (typeof visibilities)[number];

export const sizeBands = ['micro', 'small', 'medium', 'large'] as const;

export const membershipStatuses = ['applicant', 'resident', 'former'] as const;

export const agreementKinds = ['cooperation_agreement', 'memorandum', 'roadmap', 'contract', 'protocol_of_intent'] as const;
export const agreementStatuses = ['draft', 'signed', 'active', 'expired', 'terminated'] as const;
export const partyRoles = ['party', 'coordinator', 'observer'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];
/** The lifecycle: which status may follow which. Expired and terminated are final. */
export const agreementTransitions: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['signed'],
  signed: ['active', 'terminated'],
  active: ['expired', 'terminated'],
  expired: [],
  terminated: [],
};
export const agreementRelationKinds = ['supersedes', 'annex_of'] as const;
export const agreementDocumentKinds = ['signed_text', 'annex', 'scan', 'other'] as const;
/** Stored statuses of an obligation; "overdue" is derived from the due date at read time. */
export const obligationStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const obligationShownStatuses = ['planned', 'in_progress', 'overdue', 'done', 'cancelled'] as const;
export const healthStates = ['green', 'amber', 'red', 'none'] as const;

export const indicatorUnits = ['people', 'rub', 'thousand_rub', 'million_rub', 'billion_rub', 'percent', 'pieces'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];
export const indicatorLevels = ['regional', 'program', 'project', 'organization'] as const;
export const directionsOfGood = ['increase', 'decrease', 'keep'] as const;
