import { z } from 'zod';
import { projectHealthStates, projectStages, ragStates, reportPeriodKinds, reportStatuses } from '../portfolio';
import { isoDate, localizedText, timestamp } from './common';

// ---- the overview with its roll-ups ----

export const overviewQuery = z.object({
  portfolioId: z.uuid().optional(),
  programId: z.uuid().optional(),
  stage: z.enum(projectStages).optional(),
  health: z.enum(projectHealthStates).optional(),
  directionId: z.uuid().optional(),
  ecosystemId: z.uuid().optional(),
  curatorUserId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

export const rollUp = z.object({
  projects: z.number().int(),
  byStage: z.record(z.string(), z.number().int()),
  byHealth: z.record(z.string(), z.number().int()),
  budgetPlanRub: z.number(),
  budgetActualRub: z.number(),
  overdueControlPoints: z.number().int(),
  reportsAwaitingReview: z.number().int(),
});
export type RollUp = z.infer<typeof rollUp>;

export const overviewRow = z.object({
  id: z.uuid(),
  code: z.string(),
  shortName: localizedText,
  stage: z.enum(projectStages),
  health: z.enum(projectHealthStates),
  startsOn: z.string(),
  endsOn: z.string(),
  curatorName: z.string().nullable(),
  budgetPlanRub: z.number(),
  budgetActualRub: z.number(),
  controlPoints: z.number().int(),
  overdueControlPoints: z.number().int(),
});
export const overview = z.object({ rollUp, items: z.array(overviewRow), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });
export type Overview = z.infer<typeof overview>;

// ---- monitoring reports ----

export const submitReportInput = z.object({
  periodKind: z.enum(reportPeriodKinds),
  year: z.number().int().min(2000).max(2100),
  periodIndex: z.number().int().min(1).max(12),
  rag: z.enum(ragStates),
  justification: z.string().trim().min(1).max(5000),
  controlPoints: z.array(z.object({ key: z.string().max(40), note: z.string().trim().max(2000) }).strict()).max(2000).default([]),
  indicatorActuals: z.array(z.object({ indicatorId: z.uuid(), value: z.number().finite() }).strict()).max(200).default([]),
  budgetActualRub: z.number().finite().min(0).nullish().transform((v) => v ?? null),
  risks: z.string().trim().max(5000).nullish().transform((v) => v ?? null),
}).strict().refine((r) => r.periodKind === 'month' || r.periodIndex <= 4, { path: ['periodIndex'], params: { kind: 'too_big' } });
export type SubmitReportInput = z.infer<typeof submitReportInput>;

export const reviewReportInput = z.object({
  decision: z.enum(['approve', 'return']),
  comment: z.string().trim().max(5000).nullish().transform((v) => v || null),
}).strict();

export const projectReport = z.object({
  id: z.uuid(),
  periodKind: z.enum(reportPeriodKinds),
  year: z.number().int(),
  periodIndex: z.number().int(),
  status: z.enum(reportStatuses),
  rag: z.enum(ragStates),
  justification: z.string(),
  body: z.record(z.string(), z.unknown()),
  dueOn: z.string(),
  late: z.boolean(),
  submittedAt: timestamp,
  reviewedAt: timestamp.nullable(),
  reviewComment: z.string().nullable(),
});
export type ProjectReport = z.infer<typeof projectReport>;
export const reportList = z.object({ items: z.array(projectReport) });

// ---- change requests ----

export const changeRequestInput = z.object({
  baseVersion: z.number().int().min(1),
  justification: z.string().trim().min(1).max(5000),
  resultDeadlines: z.array(z.object({ key: z.string().max(40), dueOn: isoDate }).strict()).max(200).default([]),
  controlPointDates: z.array(z.object({ key: z.string().max(40), dueOn: isoDate }).strict()).max(2000).default([]),
  endsOn: isoDate.optional(),
}).strict();
export type ChangeRequestInput = z.infer<typeof changeRequestInput>;

/** An indicator whose yearly target a change leaves uncovered: the results delivering to it move past the year's end. */
export const changeEffect = z.object({
  uncoveredTargets: z.array(z.object({ indicatorId: z.uuid(), code: z.string(), name: localizedText, year: z.number().int(), coveredPercentBefore: z.number(), coveredPercentAfter: z.number() })),
  movedResults: z.array(z.object({ key: z.string(), from: z.string(), to: z.string() })),
  movedControlPoints: z.array(z.object({ key: z.string(), from: z.string(), to: z.string() })),
});
export type ChangeEffect = z.infer<typeof changeEffect>;

export const changeRequest = z.object({
  id: z.uuid(),
  baseVersion: z.number().int(),
  justification: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  changes: z.record(z.string(), z.unknown()),
  effect: changeEffect,
  createdAt: timestamp,
  decidedAt: timestamp.nullable(),
});
export type ChangeRequest = z.infer<typeof changeRequest>;
export const changeRequestList = z.object({ items: z.array(changeRequest) });
export const decideChangeRequestInput = z.object({ decision: z.enum(['approve', 'reject']) }).strict();
export const passportVersion = z.object({ version: z.number().int(), createdAt: timestamp, passport: z.record(z.string(), z.unknown()) });
export const passportVersionList = z.object({ current: z.number().int(), items: z.array(passportVersion) });
