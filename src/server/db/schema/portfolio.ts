import { date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agreementObligations, agreements } from './agreements';
import { createdAt, id, updatedAt } from './common';
import { users } from './identity';
import { directions, organizations, persons } from './registry';

/** A portfolio: the center's whole set of joint projects, or one line of them. */
export const portfolios = pgTable('portfolios', {
  id: id(),
  code: text('code').notNull().unique(),
  nameRu: text('name_ru'),
  nameEn: text('name_en'),
  nameZh: text('name_zh'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const programs = pgTable('programs', {
  id: id(),
  portfolioId: uuid('portfolio_id').notNull().references(() => portfolios.id),
  code: text('code').notNull().unique(),
  nameRu: text('name_ru'),
  nameEn: text('name_en'),
  nameZh: text('name_zh'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('programs_portfolio_idx').on(t.portfolioId)]);

/**
 * A project and the basics of its passport. `version` counts passport versions: every approved
 * change request raises it, and a request made against an older one is refused as a conflict.
 * Health is not stored: it is the status of the latest approved monitoring report.
 */
export const projects = pgTable('projects', {
  id: id(),
  portfolioId: uuid('portfolio_id').notNull().references(() => portfolios.id),
  /** A project may stand without a program. */
  programId: uuid('program_id').references(() => programs.id),
  code: text('code').notNull().unique(),
  shortNameRu: text('short_name_ru'),
  shortNameEn: text('short_name_en'),
  shortNameZh: text('short_name_zh'),
  fullNameRu: text('full_name_ru'),
  fullNameEn: text('full_name_en'),
  fullNameZh: text('full_name_zh'),
  goalRu: text('goal_ru'),
  goalEn: text('goal_en'),
  goalZh: text('goal_zh'),
  /** National projects and goals the project serves, as their official names. */
  nationalGoals: jsonb('national_goals').$type<string[]>().notNull().default([]),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  stage: text('stage').notNull().default('initiation'),
  curatorUserId: uuid('curator_user_id').references(() => users.id),
  managerUserId: uuid('manager_user_id').references(() => users.id),
  administratorPersonId: uuid('administrator_person_id').references(() => persons.id),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('projects_portfolio_idx').on(t.portfolioId), index('projects_program_idx').on(t.programId), index('projects_stage_idx').on(t.stage), index('projects_curator_idx').on(t.curatorUserId)]);

export const projectDirections = pgTable('project_directions', {
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  directionId: uuid('direction_id').notNull().references(() => directions.id),
}, (t) => [primaryKey({ columns: [t.projectId, t.directionId] })]);

export const projectEcosystems = pgTable('project_ecosystems', {
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  ecosystemId: uuid('ecosystem_id').notNull().references(() => organizations.id),
}, (t) => [primaryKey({ columns: [t.projectId, t.ecosystemId] }), index('project_ecosystems_ecosystem_idx').on(t.ecosystemId)]);

export const projectAgreements = pgTable('project_agreements', {
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  agreementId: uuid('agreement_id').notNull().references(() => agreements.id),
}, (t) => [primaryKey({ columns: [t.projectId, t.agreementId] })]);

/** A participating organization, optionally one of its people, with their role and workload. */
export const projectParticipants = pgTable('project_participants', {
  id: id(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  personId: uuid('person_id').references(() => persons.id),
  role: text('role').notNull(),
  workloadPercent: integer('workload_percent'),
}, (t) => [index('project_participants_project_idx').on(t.projectId), index('project_participants_org_idx').on(t.organizationId)]);

/** Who let the project through a stage gate, and when. */
export const projectStageGates = pgTable('project_stage_gates', {
  id: id(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  fromStage: text('from_stage').notNull(),
  toStage: text('to_stage').notNull(),
  approvedByUserId: uuid('approved_by_user_id').references(() => users.id),
  approvedByName: text('approved_by_name').notNull(),
  comment: text('comment'),
  approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('project_stage_gates_project_idx').on(t.projectId)]);

export const projectResults = pgTable('project_results', {
  id: id(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  /** A stable key within the project (e.g. "R1"), so that control points, budget and versions refer to it. */
  key: text('key').notNull(),
  nameRu: text('name_ru'),
  nameEn: text('name_en'),
  nameZh: text('name_zh'),
  kind: text('kind').notNull(),
  dueOn: date('due_on').notNull(),
  responsible: text('responsible'),
  valuesByYear: jsonb('values_by_year').$type<Record<string, number>>().notNull().default({}),
  /** The share of each indicator's yearly target this result delivers, by indicator id. */
  influence: jsonb('influence').$type<{ indicatorId: string; percent: number }[]>().notNull().default([]),
}, (t) => [unique('project_results_key').on(t.projectId, t.key)]);

/**
 * Control points and activities. Their status is not stored: it follows from the due, forecast
 * and actual dates against the clock.
 */
export const projectControlPoints = pgTable('project_control_points', {
  id: id(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
  resultKey: text('result_key'),
  titleRu: text('title_ru'),
  titleEn: text('title_en'),
  titleZh: text('title_zh'),
  /** An activity starts here; a milestone has only its due date. */
  startsOn: date('starts_on'),
  dueOn: date('due_on').notNull(),
  forecastOn: date('forecast_on'),
  actualOn: date('actual_on'),
  responsible: text('responsible'),
  evidenceUrl: text('evidence_url'),
  /** The agreement obligation this control point completes. */
  obligationId: uuid('obligation_id').references(() => agreementObligations.id, { onDelete: 'set null' }),
  dependsOn: jsonb('depends_on').$type<string[]>().notNull().default([]),
}, (t) => [unique('project_control_points_key').on(t.projectId, t.key), index('project_control_points_due_idx').on(t.dueOn)]);

export const projectBudgetLines = pgTable('project_budget_lines', {
  id: id(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  year: integer('year').notNull(),
  /** federal, regional, extra_budgetary, partners */
  source: text('source').notNull(),
  resultKey: text('result_key'),
  planRub: numeric('plan_rub', { precision: 18, scale: 2, mode: 'number' }).notNull(),
  actualRub: numeric('actual_rub', { precision: 18, scale: 2, mode: 'number' }),
}, (t) => [index('project_budget_lines_project_idx').on(t.projectId), unique('project_budget_lines_unique').on(t.projectId, t.year, t.source, t.resultKey).nullsNotDistinct()]);

export const projectRisks = pgTable('project_risks', {
  id: id(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  description: text('description').notNull(),
  probability: integer('probability').notNull(),
  impact: integer('impact').notNull(),
  mitigation: text('mitigation'),
  owner: text('owner'),
  status: text('status').notNull().default('open'),
}, (t) => [index('project_risks_project_idx').on(t.projectId)]);

/** A monitoring report for a month or a quarter: submitted by the manager, reviewed by the curator. */
export const projectReports = pgTable('project_reports', {
  id: id(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  periodKind: text('period_kind').notNull(),
  year: integer('year').notNull(),
  periodIndex: integer('period_index').notNull(),
  /** submitted, returned, approved */
  status: text('status').notNull(),
  /** green, amber, red */
  rag: text('rag').notNull(),
  justification: text('justification').notNull(),
  /** Control point states, indicator and budget actuals, risks, as the manager reported them. */
  body: jsonb('body').$type<Record<string, unknown>>().notNull().default({}),
  submittedByUserId: uuid('submitted_by_user_id').references(() => users.id),
  /** The first submission decides lateness: a report returned and fixed is not late for that. */
  firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }).notNull(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  reviewedByUserId: uuid('reviewed_by_user_id').references(() => users.id),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  reviewComment: text('review_comment'),
}, (t) => [unique('project_reports_period').on(t.projectId, t.periodKind, t.year, t.periodIndex), index('project_reports_status_idx').on(t.status)]);

/** A frozen copy of the passport as it was before a change request was applied to it. */
export const projectPassportVersions = pgTable('project_passport_versions', {
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  passport: jsonb('passport').$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.projectId, t.version] })]);

export const projectChangeRequests = pgTable('project_change_requests', {
  id: id(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  baseVersion: integer('base_version').notNull(),
  justification: text('justification').notNull(),
  /** The changes: result deadlines, control point dates, budget lines. */
  changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
  status: text('status').notNull().default('pending'),
  requestedByUserId: uuid('requested_by_user_id').references(() => users.id),
  decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: createdAt(),
}, (t) => [index('project_change_requests_project_idx').on(t.projectId)]);

/**
 * Private calendar feeds of control points, on the same terms as the agreements' roadmap feeds:
 * the URL carries a random token whose hash alone is kept; a feed without a project is its owner's
 * personal feed of every project they read, and answers with what they may read at each fetch.
 */
export const projectCalendarFeeds = pgTable('project_calendar_feeds', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  createdAt: createdAt(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
}, (t) => [uniqueIndex('project_calendar_feeds_token_idx').on(t.tokenHash), index('project_calendar_feeds_user_idx').on(t.userId)]);
