import { z } from 'zod';
import { budgetSources, controlPointStatuses, projectHealthStates, projectStages, resultKinds, riskStatuses } from '../portfolio';
import { isoDate, localizedText, timestamp } from './common';

const text = (max: number) => z.string().trim().max(max).nullish().transform((value) => (value ? value : null));
const localizedInput = (max: number) => z.object({ ru: text(max), en: text(max), zh: text(max) }).strict();
const emptyText = { ru: null, en: null, zh: null };
const hasText = (value: { ru: string | null; en: string | null; zh: string | null }) => Boolean(value.ru || value.en || value.zh);
const named = (max: number) => localizedInput(max).refine(hasText, { params: { kind: 'name_required' } });
/** Keys name items within a project section ("R1", "КТ-3"): short, no spaces. */
const itemKey = z.string().trim().min(1).max(40).regex(/^\S+$/);

// ---- portfolios and programs ----

export const portfolioInput = z.object({ code: z.string().trim().min(1).max(40), name: named(500) }).strict();
export const programInput = portfolioInput.extend({ portfolioId: z.uuid() }).strict();
export const portfolioRef = z.object({ id: z.uuid(), code: z.string(), name: localizedText });
export const programRef = portfolioRef.extend({ portfolioId: z.uuid() });
/** People who curate at least one project: the choices of the overview's curator filter. */
export const curatorRef = z.object({ id: z.uuid(), fullName: z.string() });
export const portfolioList = z.object({ portfolios: z.array(portfolioRef), programs: z.array(programRef), curators: z.array(curatorRef) });

// ---- the passport ----

export const participantInput = z.object({
  organizationId: z.uuid(),
  personId: z.uuid().nullish().transform((v) => v ?? null),
  role: z.string().trim().min(1).max(200),
  workloadPercent: z.number().int().min(0).max(100).nullish().transform((v) => v ?? null),
}).strict();

const basicsShape = {
  programId: z.uuid().nullish().transform((v) => v ?? null),
  shortName: named(200),
  fullName: named(2000),
  goal: localizedInput(5000),
  nationalGoals: z.array(z.string().trim().min(1).max(500)).max(20),
  startsOn: isoDate,
  endsOn: isoDate,
  directionIds: z.array(z.uuid()).max(20),
  ecosystemIds: z.array(z.uuid()).max(20),
  agreementIds: z.array(z.uuid()).max(50),
  curatorUserId: z.uuid().nullish().transform((v) => v ?? null),
  managerUserId: z.uuid().nullish().transform((v) => v ?? null),
  administratorPersonId: z.uuid().nullish().transform((v) => v ?? null),
  participants: z.array(participantInput).max(100),
};

export const createProjectInput = z.object({
  portfolioId: z.uuid(),
  code: z.string().trim().min(1).max(40),
  ...basicsShape,
  goal: basicsShape.goal.default(emptyText),
  nationalGoals: basicsShape.nationalGoals.default([]),
  directionIds: basicsShape.directionIds.default([]),
  ecosystemIds: basicsShape.ecosystemIds.default([]),
  agreementIds: basicsShape.agreementIds.default([]),
  participants: basicsShape.participants.default([]),
}).strict();
export type CreateProjectInput = z.infer<typeof createProjectInput>;
/** Only the fields given change: no defaults here, or an edit of one field would empty the lists. */
export const updateProjectInput = z.object(basicsShape).partial().strict();
export type UpdateProjectInput = z.infer<typeof updateProjectInput>;

export const stageGateInput = z.object({ stage: z.enum(projectStages), comment: text(2000) }).strict();

export const resultInput = z.object({
  key: itemKey,
  name: named(1000),
  kind: z.enum(resultKinds),
  dueOn: isoDate,
  responsible: text(300),
  valuesByYear: z.record(z.string().regex(/^\d{4}$/), z.number().finite()).default({}),
  influence: z.array(z.object({ indicatorId: z.uuid(), percent: z.number().min(0).max(100) }).strict()).max(20).default([]),
}).strict();
export const resultsInput = z.object({ items: z.array(resultInput).max(200) }).strict();

export const controlPointInput = z.object({
  key: itemKey,
  resultKey: itemKey.nullish().transform((v) => v ?? null),
  title: named(1000),
  startsOn: isoDate.nullish().transform((v) => v ?? null),
  dueOn: isoDate,
  forecastOn: isoDate.nullish().transform((v) => v ?? null),
  actualOn: isoDate.nullish().transform((v) => v ?? null),
  responsible: text(300),
  evidenceUrl: z.url().max(2000).nullish().transform((v) => v ?? null),
  obligationId: z.uuid().nullish().transform((v) => v ?? null),
  dependsOn: z.array(itemKey).max(50).default([]),
}).strict();
export const controlPointsInput = z.object({ items: z.array(controlPointInput).max(2000) }).strict();

export const budgetLineInput = z.object({
  year: z.number().int().min(2000).max(2100),
  source: z.enum(budgetSources),
  resultKey: itemKey.nullish().transform((v) => v ?? null),
  planRub: z.number().finite().min(0),
  actualRub: z.number().finite().min(0).nullish().transform((v) => v ?? null),
}).strict();
export const budgetInput = z.object({ items: z.array(budgetLineInput).max(500) }).strict();

export const riskInput = z.object({
  description: z.string().trim().min(1).max(2000),
  probability: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
  mitigation: text(2000),
  owner: text(300),
  status: z.enum(riskStatuses).default('open'),
}).strict();
export const risksInput = z.object({ items: z.array(riskInput).max(200) }).strict();

const userRef = z.object({ id: z.uuid(), fullName: z.string(), email: z.string() });

export const project = z.object({
  id: z.uuid(),
  portfolio: portfolioRef,
  program: programRef.nullable(),
  code: z.string(),
  shortName: localizedText,
  fullName: localizedText,
  goal: localizedText,
  nationalGoals: z.array(z.string()),
  startsOn: z.string(),
  endsOn: z.string(),
  stage: z.enum(projectStages),
  health: z.enum(projectHealthStates),
  version: z.number().int(),
  directions: z.array(z.object({ id: z.uuid(), code: z.string() })),
  ecosystems: z.array(z.object({ id: z.uuid(), name: localizedText })),
  agreements: z.array(z.object({ id: z.uuid(), number: z.string().nullable(), title: localizedText })),
  curator: userRef.nullable(),
  manager: userRef.nullable(),
  administrator: z.object({ id: z.uuid(), fullName: localizedText }).nullable(),
  participants: z.array(z.object({ organizationId: z.uuid(), organizationName: localizedText, personId: z.uuid().nullable(), role: z.string(), workloadPercent: z.number().int().nullable() })),
  stageGates: z.array(z.object({ fromStage: z.enum(projectStages), toStage: z.enum(projectStages), approvedBy: z.string(), approvedAt: timestamp, comment: z.string().nullable() })),
  results: z.array(z.object({
    key: z.string(), name: localizedText, kind: z.enum(resultKinds), dueOn: z.string(), responsible: z.string().nullable(),
    valuesByYear: z.record(z.string(), z.number()), influence: z.array(z.object({ indicatorId: z.uuid(), percent: z.number() })),
  })),
  controlPoints: z.array(z.object({
    key: z.string(), resultKey: z.string().nullable(), title: localizedText, startsOn: z.string().nullable(), dueOn: z.string(),
    forecastOn: z.string().nullable(), actualOn: z.string().nullable(), responsible: z.string().nullable(), evidenceUrl: z.string().nullable(),
    obligationId: z.uuid().nullable(), dependsOn: z.array(z.string()),
    status: z.enum(controlPointStatuses), critical: z.boolean().describe('On the critical path: a slip moves the end'),
  })),
  budget: z.array(z.object({
    year: z.number().int(), source: z.enum(budgetSources), resultKey: z.string().nullable(), planRub: z.number(), actualRub: z.number().nullable(), deviationRub: z.number().nullable(),
  })),
  risks: z.array(z.object({
    description: z.string(), probability: z.number().int(), impact: z.number().int(), mitigation: z.string().nullable(), owner: z.string().nullable(),
    status: z.enum(riskStatuses), score: z.number().int(),
  })),
  /** What the caller may do here, so that the page shows only what works. */
  can: z.object({ edit: z.boolean(), approveStage: z.boolean(), submitReport: z.boolean(), reviewReport: z.boolean() }),
});
export type Project = z.infer<typeof project>;

/**
 * Whom the passport's roles may name, for those who edit it: active users by name (curator, manager;
 * a manager must also belong to a participating organization) and the contacts of the participating
 * organizations (administrator), by name and position only.
 */
export const projectPeopleOptions = z.object({
  users: z.array(z.object({ id: z.uuid(), fullName: z.string() })),
  contacts: z.array(z.object({ id: z.uuid(), fullName: localizedText, position: localizedText, organizationId: z.uuid() })),
});
export type ProjectPeopleOptions = z.infer<typeof projectPeopleOptions>;
