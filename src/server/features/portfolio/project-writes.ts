/**
 * Writing the passport: the basics, the stage gates and each structured section. Every write in
 * one transaction, checks first, the audit entry last, so a refused write changes nothing.
 */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { budgetInput, controlPointsInput, CreateProjectInput, resultsInput, risksInput, UpdateProjectInput } from '../../../shared/contracts/portfolio';
import { stageTransitions, type ProjectStage } from '../../../shared/portfolio';
import type { Database, Executor } from '../../db/client';
import {
  agreements, directions, organizations, persons, programs, projectAgreements, projectBudgetLines, projectControlPoints, projectDirections,
  projectEcosystems, projectParticipants, projectResults, projectRisks, projectStageGates, projects, users,
} from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { checkObligationLinks, completeLinkedObligations } from './control-point-obligations';
import { keepPassportVersion } from './passport-versions';
import { checkBudget, checkControlPoints, checkProjectDates, checkUniqueKeys } from './project-checks';
import { canChangeCurator, canCreateProject, canEditProject, canGovernProject, canRelinkEcosystems } from './portfolio.policy';
import * as repo from './portfolio.repo';
import { requireReadableProject } from './project-access';
import { refreshProjectSummaries } from './project-summaries';

type Basics = Omit<CreateProjectInput, 'portfolioId' | 'code'>;

function columnsOf(input: UpdateProjectInput): Partial<typeof projects.$inferInsert> {
  const values: Partial<typeof projects.$inferInsert> = {};
  for (const [key, prefix] of [['shortName', 'shortName'], ['fullName', 'fullName'], ['goal', 'goal']] as const) {
    const value = input[key];
    if (value) Object.assign(values, { [`${prefix}Ru`]: value.ru, [`${prefix}En`]: value.en, [`${prefix}Zh`]: value.zh });
  }
  for (const key of ['programId', 'nationalGoals', 'startsOn', 'endsOn', 'curatorUserId', 'managerUserId', 'administratorPersonId'] as const) {
    if (input[key] !== undefined) Object.assign(values, { [key]: input[key] });
  }
  return values;
}

/**
 * References that must exist, each refused with the field that names it (`REFERENCE_NOT_FOUND`,
 * 400: the input is wrong, not the address), and a manager who belongs to a participating organization.
 */
async function checkBasics(tx: Executor, basics: Basics) {
  checkProjectDates(basics.startsOn, basics.endsOn);
  const references = [
    ['programId', programs, basics.programId ? [basics.programId] : []],
    ['curatorUserId', users, basics.curatorUserId ? [basics.curatorUserId] : []],
    ['managerUserId', users, basics.managerUserId ? [basics.managerUserId] : []],
    ['administratorPersonId', persons, basics.administratorPersonId ? [basics.administratorPersonId] : []],
    ['directionIds', directions, basics.directionIds],
    ['ecosystemIds', organizations, basics.ecosystemIds],
    ['agreementIds', agreements, basics.agreementIds],
    ['participants', organizations, basics.participants.map((p) => p.organizationId)],
    ['participants', persons, basics.participants.map((p) => p.personId).filter((v): v is string => !!v)],
  ] as const;
  for (const [field, table, ids] of references) {
    const [missing] = await repo.missingIds(tx, table, ids);
    if (missing) throw new AppError('REFERENCE_NOT_FOUND', { field, id: missing });
  }
  if (basics.managerUserId && !(await repo.isMemberOfAny(tx, basics.managerUserId, basics.participants.map((p) => p.organizationId)))) {
    throw new AppError('MANAGER_NOT_A_PARTICIPANT');
  }
}

async function replaceLinks(tx: Executor, projectId: string, basics: Partial<Basics>) {
  if (basics.directionIds) {
    await tx.delete(projectDirections).where(eq(projectDirections.projectId, projectId));
    const ids = [...new Set(basics.directionIds)];
    if (ids.length) await tx.insert(projectDirections).values(ids.map((directionId) => ({ projectId, directionId })));
  }
  if (basics.ecosystemIds) {
    await tx.delete(projectEcosystems).where(eq(projectEcosystems.projectId, projectId));
    const ids = [...new Set(basics.ecosystemIds)];
    if (ids.length) await tx.insert(projectEcosystems).values(ids.map((ecosystemId) => ({ projectId, ecosystemId })));
  }
  if (basics.agreementIds) {
    await tx.delete(projectAgreements).where(eq(projectAgreements.projectId, projectId));
    const ids = [...new Set(basics.agreementIds)];
    if (ids.length) await tx.insert(projectAgreements).values(ids.map((agreementId) => ({ projectId, agreementId })));
  }
  if (basics.participants) {
    await tx.delete(projectParticipants).where(eq(projectParticipants.projectId, projectId));
    if (basics.participants.length) await tx.insert(projectParticipants).values(basics.participants.map((p) => ({ projectId, ...p })));
  }
}

/** The basics as one audited record: history shows links and participants changing too. */
async function auditedBasics(tx: Executor, id: string) {
  const [row] = await tx.select().from(projects).where(eq(projects.id, id));
  if (!row) return null;
  const { createdAt: _c, updatedAt: _u, ...fields } = row;
  const [d, e, a, p] = await Promise.all([
    tx.select().from(projectDirections).where(eq(projectDirections.projectId, id)),
    tx.select().from(projectEcosystems).where(eq(projectEcosystems.projectId, id)),
    tx.select().from(projectAgreements).where(eq(projectAgreements.projectId, id)),
    tx.select().from(projectParticipants).where(eq(projectParticipants.projectId, id)),
  ]);
  return {
    ...fields,
    directionIds: d.map((x) => x.directionId).sort(),
    ecosystemIds: e.map((x) => x.ecosystemId).sort(),
    agreementIds: a.map((x) => x.agreementId).sort(),
    participants: p.map((x) => `${x.organizationId}:${x.personId ?? ''}:${x.role}:${x.workloadPercent ?? ''}`).sort(),
  };
}

const sectionTables = { results: projectResults, controlPoints: projectControlPoints, budget: projectBudgetLines, risks: projectRisks } as const;
type Section = keyof typeof sectionTables;

async function sectionRows(tx: Executor, section: Section, projectId: string) {
  const table = sectionTables[section];
  const rows = await tx.select().from(table).where(eq(table.projectId, projectId));
  return rows.map(({ id: _id, projectId: _p, ...row }) => row);
}

export function createProjectWrites({ db, clock }: { db: Database; clock: Clock }) {
  const today = () => clock.now().toISOString().slice(0, 10);

  /** Replaces one section whole, after its checks, with its before and after in the audit log. */
  async function replaceSection<S extends Section>(id: string, section: S, context: RequestContext, write: (tx: Executor, project: typeof projects.$inferSelect) => Promise<void>) {
    await db.transaction(async (tx) => {
      const { project, side } = await requireReadableProject(tx, context, id);
      authorize(context.actor, canEditProject(context.actor, side));
      const before = await sectionRows(tx, section, id);
      await keepPassportVersion(tx, id, today());
      await tx.delete(sectionTables[section]).where(eq(sectionTables[section].projectId, id));
      await write(tx, project);
      await tx.update(projects).set({ updatedAt: clock.now() }).where(eq(projects.id, id));
      await refreshProjectSummaries(tx, [id]);
      await recordAudit(tx, context, { action: `update_${section}`, entityType: 'project', entityId: id, changes: { [section]: { before, after: await sectionRows(tx, section, id) } } });
    });
  }

  const resultKeysOf = async (tx: Executor, id: string) => (await tx.select({ key: projectResults.key }).from(projectResults).where(eq(projectResults.projectId, id))).map((r) => r.key);

  return {
    async create(input: CreateProjectInput, context: RequestContext): Promise<string> {
      authorize(context.actor, canCreateProject(context.actor, input.ecosystemIds));
      return db.transaction(async (tx) => {
        await checkBasics(tx, input);
        const [row] = await tx.insert(projects).values({ ...(columnsOf(input) as typeof projects.$inferInsert), portfolioId: input.portfolioId, code: input.code }).returning();
        await replaceLinks(tx, row!.id, input);
        await refreshProjectSummaries(tx, [row!.id]);
        await recordAudit(tx, context, { action: 'create', entityType: 'project', entityId: row!.id, before: null, after: await auditedBasics(tx, row!.id) });
        return row!.id;
      });
    },

    async update(id: string, input: UpdateProjectInput, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const { project, side } = await requireReadableProject(tx, context, id);
        authorize(context.actor, canEditProject(context.actor, side));
        const rows = await repo.passportRows(tx, project);
        const merged: Basics = {
          programId: input.programId !== undefined ? input.programId : project.programId,
          shortName: input.shortName ?? { ru: project.shortNameRu, en: project.shortNameEn, zh: project.shortNameZh },
          fullName: input.fullName ?? { ru: project.fullNameRu, en: project.fullNameEn, zh: project.fullNameZh },
          goal: input.goal ?? { ru: project.goalRu, en: project.goalEn, zh: project.goalZh },
          nationalGoals: input.nationalGoals ?? project.nationalGoals,
          startsOn: input.startsOn ?? project.startsOn,
          endsOn: input.endsOn ?? project.endsOn,
          directionIds: input.directionIds ?? rows.directionRows.map((d) => d.id),
          ecosystemIds: input.ecosystemIds ?? side.ecosystemIds,
          agreementIds: input.agreementIds ?? rows.agreementRows.map((a) => a.id),
          curatorUserId: input.curatorUserId !== undefined ? input.curatorUserId : project.curatorUserId,
          managerUserId: input.managerUserId !== undefined ? input.managerUserId : project.managerUserId,
          administratorPersonId: input.administratorPersonId !== undefined ? input.administratorPersonId : project.administratorPersonId,
          participants: input.participants ?? rows.participants.map(({ participant: p }) => ({ organizationId: p.organizationId, personId: p.personId, role: p.role, workloadPercent: p.workloadPercent })),
        };
        // The curator governs the project and the ecosystems decide which parks see it: not every editor may move them.
        if (merged.curatorUserId !== project.curatorUserId) authorize(context.actor, canChangeCurator(context.actor, side));
        authorize(context.actor, canRelinkEcosystems(context.actor, side.ecosystemIds, merged.ecosystemIds));
        await checkBasics(tx, merged);
        // New project dates must still hold every control point.
        checkControlPoints(rows.controlPoints.map((p) => ({ ...p, title: { ru: null, en: null, zh: null } })), merged, rows.results.map((r) => r.key));
        await keepPassportVersion(tx, id, today());
        const before = await auditedBasics(tx, id);
        await tx.update(projects).set({ ...columnsOf(input), updatedAt: clock.now() }).where(eq(projects.id, id));
        await replaceLinks(tx, id, input);
        await refreshProjectSummaries(tx, [id]);
        await recordAudit(tx, context, { action: 'update', entityType: 'project', entityId: id, before, after: await auditedBasics(tx, id) });
      });
    },

    /** Passing a stage gate: recorded with who approved it and when. */
    async passStageGate(id: string, input: { stage: ProjectStage; comment: string | null }, context: RequestContext): Promise<void> {
      const user = requireUser(context.actor);
      await db.transaction(async (tx) => {
        const { project, side } = await requireReadableProject(tx, context, id);
        authorize(context.actor, canGovernProject(context.actor, side));
        const from = project.stage as ProjectStage;
        if (!stageTransitions[from].includes(input.stage)) throw new AppError('STAGE_TRANSITION_FORBIDDEN', { from, to: input.stage, allowed: stageTransitions[from] });
        await keepPassportVersion(tx, id, today());
        await tx.update(projects).set({ stage: input.stage, updatedAt: clock.now() }).where(eq(projects.id, id));
        await tx.insert(projectStageGates).values({ projectId: id, fromStage: from, toStage: input.stage, approvedByUserId: user.id, approvedByName: user.fullName, comment: input.comment, approvedAt: clock.now() });
        await refreshProjectSummaries(tx, [id]);
        await recordAudit(tx, context, { action: 'stage_gate', entityType: 'project', entityId: id, changes: { stage: { before: from, after: input.stage } } });
      });
    },

    async replaceResults(id: string, input: z.infer<typeof resultsInput>, context: RequestContext) {
      await replaceSection(id, 'results', context, async (tx) => {
        checkUniqueKeys('results', input.items.map((r) => r.key));
        const used = (await tx.select({ key: projectControlPoints.resultKey }).from(projectControlPoints).where(eq(projectControlPoints.projectId, id))).map((r) => r.key);
        const kept = new Set(input.items.map((r) => r.key));
        const orphan = used.find((key) => key && !kept.has(key));
        if (orphan) throw new AppError('UNKNOWN_KEY', { section: 'results', key: orphan });
        if (input.items.length) {
          await tx.insert(projectResults).values(input.items.map((r) => ({
            projectId: id, key: r.key, nameRu: r.name.ru, nameEn: r.name.en, nameZh: r.name.zh, kind: r.kind, dueOn: r.dueOn, responsible: r.responsible, valuesByYear: r.valuesByYear, influence: r.influence,
          })));
        }
      });
    },

    async replaceControlPoints(id: string, input: z.infer<typeof controlPointsInput>, context: RequestContext) {
      await replaceSection(id, 'controlPoints', context, async (tx, project) => {
        checkControlPoints(input.items, project, await resultKeysOf(tx, id));
        await checkObligationLinks(tx, id, input.items);
        if (input.items.length) {
          await tx.insert(projectControlPoints).values(input.items.map(({ title, ...p }) => ({ projectId: id, ...p, titleRu: title.ru, titleEn: title.en, titleZh: title.zh })));
        }
        // A linked obligation completes with its control point, in this same transaction.
        await completeLinkedObligations(tx, id, input.items, context, clock.now());
      });
    },

    async replaceBudget(id: string, input: z.infer<typeof budgetInput>, context: RequestContext) {
      await replaceSection(id, 'budget', context, async (tx) => {
        checkBudget(input.items, await resultKeysOf(tx, id), today());
        if (input.items.length) await tx.insert(projectBudgetLines).values(input.items.map((b) => ({ projectId: id, ...b })));
      });
    },

    async replaceRisks(id: string, input: z.infer<typeof risksInput>, context: RequestContext) {
      await replaceSection(id, 'risks', context, async (tx) => {
        if (input.items.length) await tx.insert(projectRisks).values(input.items.map((r) => ({ projectId: id, ...r })));
      });
    },
  };
}
