import { z } from 'zod';
import { actualStatuses, directionsOfGood, indicatorAggregations, indicatorLevels, indicatorStatuses, indicatorUnits, periodKinds, periodsPerYear } from '../domain';
import { listQuery, localizedText, pageOf, timestamp } from './common';

// Reporting campaigns live beside: who owes which indicator for which period.
export * from './reporting-campaigns';

export const yearValue = z.object({ year: z.number().int(), value: z.number() });
export type YearValueDto = z.infer<typeof yearValue>;

/** A year's value as the analytics see it: a yearly figure, or its periods combined ("complete" when all are there). */
const yearlyActual = yearValue.extend({ source: z.string().nullable(), isDemo: z.boolean(), complete: z.boolean() });

const forecast = z.object({
  method: z.enum(['linear', 'cagr']),
  /** linear: yearly increment of the fitted line; cagr: yearly growth rate as a fraction. */
  rate: z.number(),
  valueAtTargetYear: z.number(),
  series: z.array(yearValue),
});

export const statusReasons = ['all_forecasts_reach', 'some_forecasts_reach', 'within_tolerance', 'no_forecast_reaches', 'target_met', 'target_missed', 'too_few_values', 'no_target'] as const;

export const indicatorAnalytics = z.object({
  nextTarget: yearValue.nullable(),
  progressToFinalPercent: z.number().nullable(),
  progressToNextPercent: z.number().nullable(),
  plannedForLatestYear: z.number().nullable(),
  deviation: z.number().nullable(),
  deviationPercent: z.number().nullable(),
  forecasts: z.array(forecast),
  forecastBand: z.array(z.object({ year: z.number().int(), low: z.number(), high: z.number() })),
  requiredPace: z.object({
    fromYear: z.number().int(), toYear: z.number().int(), absolutePerYear: z.number(),
    ratePerYear: z.number().nullable(), achievedRatePerYear: z.number().nullable(),
  }).nullable(),
  status: z.enum(indicatorStatuses),
  statusReason: z.enum(statusReasons),
  /** The share of the target a forecast may miss by and still count as "at risk" rather than "off track". */
  tolerancePercent: z.number(),
});
export type IndicatorAnalytics = z.infer<typeof indicatorAnalytics>;

const organizationRef = z.object({ id: z.uuid(), name: localizedText });

export const indicator = z.object({
  id: z.uuid(),
  code: z.string(),
  name: localizedText,
  description: localizedText,
  unit: z.enum(indicatorUnits),
  level: z.enum(indicatorLevels),
  ownerOrganization: organizationRef.nullable(),
  ownerProjectId: z.uuid().nullable(),
  directionOfGood: z.enum(directionsOfGood),
  aggregation: z.enum(indicatorAggregations),
  calculationMethod: z.string().nullable(),
  formula: z.string().nullable(),
  dataSource: z.string().nullable(),
  responsible: z.string().nullable(),
  directionId: z.uuid().nullable(),
  ecosystemId: z.uuid().nullable(),
  baseValue: z.number().nullable(),
  baseYear: z.number().int().nullable(),
  targets: z.array(yearValue),
  /** Yearly values of confirmed actuals (a formula's values for a computed indicator). */
  actuals: z.array(yearlyActual),
  /** The last target year and value: the strategic goal. */
  finalTarget: yearValue.nullable(),
  latestActual: yearlyActual.nullable(),
  /** The current year so far, when only some of its periods are confirmed. */
  yearToDate: yearlyActual.nullable(),
  /** Share of the way from the base to the final target covered by the latest complete year, 0–100+. */
  progressPercent: z.number().nullable(),
  analytics: indicatorAnalytics,
  /** The caller may not see this indicator's values (an organization's private figures). */
  valuesHidden: z.boolean(),
});
export type Indicator = z.infer<typeof indicator>;

export const actualValue = z.object({
  id: z.uuid(),
  year: z.number().int(),
  periodKind: z.enum(periodKinds),
  periodIndex: z.number().int(),
  organization: organizationRef.nullable(),
  value: z.number(),
  source: z.string().nullable(),
  comment: z.string().nullable(),
  status: z.enum(actualStatuses),
  isDemo: z.boolean(),
  enteredBy: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  confirmedAt: timestamp.nullable(),
  /** Whether the reader may confirm this figure now (submitted, and theirs to confirm). */
  canConfirm: z.boolean(),
  updatedAt: timestamp,
  revisions: z.array(z.object({
    valueBefore: z.number(), valueAfter: z.number(), statusBefore: z.enum(actualStatuses), statusAfter: z.enum(actualStatuses),
    reason: z.string().nullable(), changedBy: z.string().nullable(), at: timestamp,
  })),
});
export type ActualValue = z.infer<typeof actualValue>;

export const contributionPlan = z.object({
  year: z.number().int().min(2000).max(2100),
  value: z.number().nullable().default(null),
  /** A share of the parent's target for that year, 0–1. */
  share: z.number().min(0).max(1).nullable().default(null),
});

export const contribution = z.object({
  contributionId: z.uuid(),
  indicator: z.object({ id: z.uuid(), code: z.string(), name: localizedText, unit: z.enum(indicatorUnits), level: z.enum(indicatorLevels), ownerOrganization: organizationRef.nullable() }),
  /** Per year, in the parent's unit: planned part and the confirmed actual of the contributing indicator. */
  years: z.array(z.object({ year: z.number().int(), planned: z.number().nullable(), actual: z.number().nullable() })),
  valuesHidden: z.boolean(),
});

export const contributionSummary = z.object({
  /** The year the summary speaks of: the final target's year. */
  year: z.number().int().nullable(),
  target: z.number().nullable(),
  plannedTotal: z.number(),
  /** Confirmed actuals of the contributors in their latest year with values. */
  actualTotal: z.number(),
  actualYear: z.number().int().nullable(),
  /** What the planned contributions leave uncovered of the target. */
  uncovered: z.number().nullable(),
});

export const indicatorDetail = indicator.extend({
  periodTargets: z.array(z.object({ year: z.number().int(), periodKind: z.enum(periodKinds), periodIndex: z.number().int(), value: z.number() })),
  values: z.array(actualValue),
  contributions: z.array(contribution),
  contributionSummary,
  contributesTo: z.array(z.object({ contributionId: z.uuid(), id: z.uuid(), code: z.string(), name: localizedText })),
  /** What the caller may do here, decided by the server's policy. */
  /** `confirm`: the reader confirms some of its figures (see each figure's `canConfirm`). */
  can: z.object({ edit: z.boolean(), report: z.boolean(), confirm: z.boolean() }),
  /** Organizations the caller may report for on this indicator. */
  reportingOrganizations: z.array(organizationRef),
});
export type IndicatorDetail = z.infer<typeof indicatorDetail>;

export const listIndicatorsQuery = listQuery(['code']).extend({
  level: z.enum(indicatorLevels).optional(),
  directionId: z.uuid().optional(),
  ecosystemId: z.uuid().optional(),
});
export const indicatorPage = pageOf(indicator);

const periodTargetInput = z.object({
  year: z.number().int().min(1990).max(2100),
  periodKind: z.enum(periodKinds).default('year'),
  periodIndex: z.number().int().min(0).max(12).default(0),
  value: z.number().finite(),
});

const text = (max: number) => z.string().trim().max(max).nullable().optional();

const indicatorFields = z.object({
  code: z.string().trim().min(1).max(64).regex(/^[\w.-]+$/, 'letters, digits, _ . -'),
  name: z.object({ ru: text(500), en: text(500), zh: text(500) }),
  description: z.object({ ru: text(5000), en: text(5000), zh: text(5000) }).optional(),
  unit: z.enum(indicatorUnits),
  level: z.enum(indicatorLevels),
  ownerOrganizationId: z.uuid().nullable().optional(),
  ownerProjectId: z.uuid().nullable().optional(),
  directionOfGood: z.enum(directionsOfGood),
  aggregation: z.enum(indicatorAggregations),
  calculationMethod: text(2000),
  formula: text(1000),
  dataSource: text(500),
  responsible: text(300),
  directionId: z.uuid().nullable().optional(),
  ecosystemId: z.uuid().nullable().optional(),
  baseValue: z.number().finite().nullable().optional(),
  baseYear: z.number().int().min(1990).max(2100).nullable().optional(),
  targets: z.array(periodTargetInput).max(500),
});
/** Without defaults: a field left out of a change stays as it is. */
export const indicatorInput = indicatorFields.extend({
  directionOfGood: z.enum(directionsOfGood).default('increase'),
  aggregation: z.enum(indicatorAggregations).default('sum'),
  targets: z.array(periodTargetInput).max(500).default([]),
}).strict();
export type IndicatorInput = z.infer<typeof indicatorInput>;
export const updateIndicatorInput = indicatorFields.partial().strict();
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorInput>;

export const createContributionInput = z.object({ childIndicatorId: z.uuid(), plans: z.array(contributionPlan).max(100).default([]) }).strict();
export type CreateContributionInput = z.infer<typeof createContributionInput>;

export const reportActualInput = z.object({
  year: z.number().int().min(1990).max(2100),
  periodKind: z.enum(periodKinds).default('year'),
  periodIndex: z.number().int().min(0).max(12).default(0),
  /** The reporting organization, for indicators collected from organizations; null for the indicator's own figure. */
  organizationId: z.uuid().nullable().default(null),
  value: z.number().finite(),
  source: text(500),
  comment: text(2000),
  /** draft keeps it to the reporter; submitted sends it for confirmation. Coordinators may enter confirmed figures. */
  status: z.enum(actualStatuses).default('submitted'),
  /** Required to change a figure that is already confirmed. */
  correctionReason: z.string().trim().min(3).max(2000).optional(),
}).strict().refine((v) => (v.periodKind === 'year' ? v.periodIndex === 0 : v.periodIndex >= 1 && v.periodIndex <= periodsPerYear[v.periodKind]), { message: 'period index out of range', path: ['periodIndex'] });
export type ReportActualInput = z.infer<typeof reportActualInput>;

export const strategicDashboardQuery = z.object({
  directionId: z.uuid().optional(),
  ecosystemId: z.uuid().optional(),
  programLimit: z.coerce.number().int().min(1).max(200).default(24)
    .describe('How many program indicators to show, those needing attention first (off track, at risk, no data, on track); all of them are in the list of indicators'),
});
/** As sent: the limit may be left out. */
export type StrategicDashboardQuery = Omit<z.infer<typeof strategicDashboardQuery>, 'programLimit'> & { programLimit?: number };

export const strategicIndicator = indicator.extend({
  /** The largest contributors by planned part, each with only the summary's years (final target year, latest year with actuals); the indicator page has all of them, every year. */
  contributions: z.array(contribution),
  /** The contributors beyond the largest ones shown, summed over the summary's years; null when all are shown. */
  otherContributions: z.object({ count: z.number().int(), planned: z.number(), actual: z.number() }).nullable(),
  contributionSummary,
});
export type StrategicIndicator = z.infer<typeof strategicIndicator>;

export const strategicDashboard = z.object({
  generatedAt: timestamp,
  targets: z.array(strategicIndicator),
  programIndicators: z.array(indicator),
  /** All the program indicators the filters keep, of which `programIndicators` shows the first `programLimit`. */
  programTotal: z.number().int(),
  statusCounts: z.record(z.enum(indicatorStatuses), z.number().int()),
});
export type StrategicDashboard = z.infer<typeof strategicDashboard>;


export const importActualsQuery = z.object({
  /** true: check every row and write nothing. */
  dryRun: z.stringbool().default(true),
});

export const actualsImportReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  written: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), code: z.string(), message: z.string() })),
});
export type ActualsImportReport = z.infer<typeof actualsImportReport>;

/** The columns of the actuals spreadsheet, the same in the template, the export and the import. */
export const actualsImportColumns = ['indicator_code', 'organization_inn', 'year', 'period_kind', 'period_index', 'value', 'source', 'comment', 'correction_reason'] as const;
