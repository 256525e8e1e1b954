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
export type IndicatorLevel = (typeof indicatorLevels)[number];
export const directionsOfGood = ['increase', 'decrease', 'keep'] as const;
export type DirectionOfGood = (typeof directionsOfGood)[number];
/** How the periods of a year make the year's value. */
export const indicatorAggregations = ['sum', 'last', 'average'] as const;
export type IndicatorAggregation = (typeof indicatorAggregations)[number];
export const periodKinds = ['year', 'quarter', 'month'] as const;
export type PeriodKind = (typeof periodKinds)[number];
export const actualStatuses = ['draft', 'submitted', 'confirmed'] as const;
export type ActualStatus = (typeof actualStatuses)[number];
export const indicatorStatuses = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];

/**
 * What a unit measures and its scale within that: rubles in thousands, millions and billions are
 * one quantity (money) and convert; people, pieces and percent convert to nothing else.
 */
export const unitMeasures: Record<IndicatorUnit, { measure: 'people' | 'money' | 'pieces' | 'percent'; scale: number }> = {
  people: { measure: 'people', scale: 1 },
  rub: { measure: 'money', scale: 1 },
  thousand_rub: { measure: 'money', scale: 1e3 },
  million_rub: { measure: 'money', scale: 1e6 },
  billion_rub: { measure: 'money', scale: 1e9 },
  percent: { measure: 'percent', scale: 1 },
  pieces: { measure: 'pieces', scale: 1 },
};

/** The factor that turns a value in `from` into `to`, or null when they measure different things. */
export function unitFactor(from: IndicatorUnit, to: IndicatorUnit): number | null {
  const a = unitMeasures[from];
  const b = unitMeasures[to];
  return a.measure === b.measure ? a.scale / b.scale : null;
}

/** The number of periods of a kind in a year, and the allowed indexes (year: only 0). */
export const periodsPerYear: Record<PeriodKind, number> = { year: 1, quarter: 4, month: 12 };
