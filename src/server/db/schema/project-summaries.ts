import { date, doublePrecision, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { projects } from './portfolio';

/**
 * What the portfolio overview shows of each project, kept in the transaction of every write that
 * changes it (`refreshProjectSummaries`), so that the overview reads one narrow row per project
 * instead of grouping control points, budget lines and reports on every request.
 * Overdue depends on the day, so it is not stored: the due dates of the open control points are,
 * sorted, and the overview counts those before today with a binary search (`width_bucket`).
 */
export const projectSummaries = pgTable('project_summaries', {
  projectId: uuid('project_id').primaryKey().references(() => projects.id, { onDelete: 'cascade' }),
  controlPoints: integer('control_points').notNull().default(0),
  /** Due dates of the control points not yet done, smallest first. */
  openDueDates: date('open_due_dates').array().notNull().default([]),
  budgetPlanRub: doublePrecision('budget_plan_rub').notNull().default(0),
  budgetActualRub: doublePrecision('budget_actual_rub').notNull().default(0),
  /** The RAG status of the latest approved report; 'none' before the first. */
  health: text('health').notNull().default('none'),
  reportsAwaitingReview: integer('reports_awaiting_review').notNull().default(0),
}, (t) => [index('project_summaries_health_idx').on(t.health)]);
