import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common';
import { users } from './identity';
import { directions, organizations } from './registry';

export const indicators = pgTable('indicators', {
  id: id(),
  code: text('code').notNull().unique(),
  nameRu: text('name_ru'),
  nameEn: text('name_en'),
  nameZh: text('name_zh'),
  descriptionRu: text('description_ru'),
  descriptionEn: text('description_en'),
  descriptionZh: text('description_zh'),
  /** A unit code from the shared unit list (people, rub, thousand_rub, percent, pieces, …). */
  unit: text('unit').notNull(),
  level: text('level').notNull(),
  ownerOrganizationId: uuid('owner_organization_id').references(() => organizations.id),
  /** The owning project; a plain id until the projects module brings its table. */
  ownerProjectId: uuid('owner_project_id'),
  directionOfGood: text('direction_of_good').notNull().default('increase'),
  /** How the periods of a year make the year's value: sum, last or average. */
  aggregation: text('aggregation').notNull().default('sum'),
  calculationMethod: text('calculation_method'),
  /** Arithmetic over other indicators by code, e.g. `{A} + {B} * 0.5`; checked for cycles on write. */
  formula: text('formula'),
  dataSource: text('data_source'),
  responsible: text('responsible'),
  directionId: uuid('direction_id').references(() => directions.id),
  ecosystemId: uuid('ecosystem_id').references(() => organizations.id),
  baseValue: numeric('base_value', { precision: 24, scale: 4, mode: 'number' }),
  baseYear: integer('base_year'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('indicators_level_idx').on(t.level), index('indicators_owner_idx').on(t.ownerOrganizationId)]);

/** A target for a year (period `year`, index 0), or for a quarter or month of it. */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    id: id(),
    indicatorId: uuid('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    periodKind: text('period_kind').notNull().default('year'),
    periodIndex: integer('period_index').notNull().default(0),
    value: numeric('value', { precision: 24, scale: 4, mode: 'number' }).notNull(),
  },
  (t) => [unique('indicator_targets_period').on(t.indicatorId, t.year, t.periodKind, t.periodIndex)],
);

/**
 * An actual value for a period. `organizationId` is set when an organization reports its own figure
 * for an indicator collected from many (the indicator's value is then the sum of the reports).
 */
export const indicatorActuals = pgTable(
  'indicator_actuals',
  {
    id: id(),
    indicatorId: uuid('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id),
    year: integer('year').notNull(),
    periodKind: text('period_kind').notNull().default('year'),
    periodIndex: integer('period_index').notNull().default(0),
    value: numeric('value', { precision: 24, scale: 4, mode: 'number' }).notNull(),
    source: text('source'),
    comment: text('comment'),
    status: text('status').notNull().default('confirmed'),
    /** Demo values are marked so that nobody mistakes them for official statistics. */
    isDemo: boolean('is_demo').notNull().default(false),
    enteredByUserId: uuid('entered_by_user_id').references(() => users.id),
    confirmedByUserId: uuid('confirmed_by_user_id').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('indicator_actuals_indicator_idx').on(t.indicatorId, t.status),
    index('indicator_actuals_organization_idx').on(t.organizationId),
    unique('indicator_actuals_period').on(t.indicatorId, t.year, t.periodKind, t.periodIndex, t.organizationId).nullsNotDistinct(),
  ],
);

/**
 * Each indicator's value per year, kept up to date from the confirmed figures in the transaction
 * that changes them (decision 019): lists and dashboards read these few rows instead of summing
 * every organization's figure of every period.
 */
export const indicatorYearlyValues = pgTable('indicator_yearly_values', {
  indicatorId: uuid('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
  year: integer('year').notNull(),
  value: numeric('value', { precision: 24, scale: 4, mode: 'number' }).notNull(),
  /** Made of all the periods the year has (a yearly figure, four quarters or twelve months). */
  complete: boolean('complete').notNull(),
  periodKind: text('period_kind').notNull(),
  periods: integer('periods').notNull(),
  source: text('source'),
  isDemo: boolean('is_demo').notNull().default(false),
}, (t) => [primaryKey({ columns: [t.indicatorId, t.year] })]);

/** Every change of a value already entered: what it was, what it became, who changed it and why. */
export const indicatorActualRevisions = pgTable('indicator_actual_revisions', {
  id: id(),
  actualId: uuid('actual_id').notNull().references(() => indicatorActuals.id, { onDelete: 'cascade' }),
  valueBefore: numeric('value_before', { precision: 24, scale: 4, mode: 'number' }).notNull(),
  valueAfter: numeric('value_after', { precision: 24, scale: 4, mode: 'number' }).notNull(),
  statusBefore: text('status_before').notNull(),
  statusAfter: text('status_after').notNull(),
  reason: text('reason'),
  changedByUserId: uuid('changed_by_user_id').references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('indicator_actual_revisions_actual_idx').on(t.actualId)]);

export type ContributionPlan = { year: number; value: number | null; share: number | null };

/** A lower indicator counts towards a higher one ("обеспеченность"), with a planned part per year. */
export const indicatorContributions = pgTable(
  'indicator_contributions',
  {
    id: id(),
    parentIndicatorId: uuid('parent_indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    childIndicatorId: uuid('child_indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    plans: jsonb('plans').$type<ContributionPlan[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [unique('indicator_contributions_pair').on(t.parentIndicatorId, t.childIndicatorId), index('indicator_contributions_child_idx').on(t.childIndicatorId)],
);

/** A reporting campaign: these organizations owe these indicators for this period. */
export const reportingCampaigns = pgTable('reporting_campaigns', {
  id: id(),
  title: text('title').notNull(),
  year: integer('year').notNull(),
  periodKind: text('period_kind').notNull(),
  periodIndex: integer('period_index').notNull().default(0),
  dueOn: date('due_on').notNull(),
  status: text('status').notNull().default('open'),
  createdByUserId: uuid('created_by_user_id').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const reportingCampaignIndicators = pgTable('reporting_campaign_indicators', {
  campaignId: uuid('campaign_id').notNull().references(() => reportingCampaigns.id, { onDelete: 'cascade' }),
  indicatorId: uuid('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.campaignId, t.indicatorId] })]);

export const reportingCampaignOrganizations = pgTable('reporting_campaign_organizations', {
  campaignId: uuid('campaign_id').notNull().references(() => reportingCampaigns.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.campaignId, t.organizationId] }), index('reporting_campaign_organizations_org_idx').on(t.organizationId)]);
