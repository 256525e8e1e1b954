/**
 * The portfolio feature owns portfolios, programs and projects with their structured passports
 * (basics, roles, results, control points, budget, risks, stage gates), the overview with its
 * roll-ups, monitoring reports, change requests and passport versions.
 * Who reads and writes what is decided in portfolio.policy.ts.
 */
import type { z } from 'zod';
import type { portfolioInput, programInput } from '../../../shared/contracts/portfolio';
import type { OverviewQuery } from '../../../shared/contracts/portfolio-monitoring';
import type { Database } from '../../db/client';
import { portfolios, programs } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import type { AuditService } from '../audit/audit.service';
import { createChangeRequests } from './change-requests';
import { listPassportVersions } from './passport-versions';
import { portfolioOverview } from './portfolio-overview';
import { canEditProject, canGovernProject, canManagePortfolios, projectReadScope } from './portfolio.policy';
import * as repo from './portfolio.repo';
import { requireReadableProject } from './project-access';
import { toProject } from './project-passport';
import { projectPeopleOptions } from './project-people';
import { createProjectReports } from './project-reports';
import { createProjectWrites } from './project-writes';

type Dependencies = { db: Database; clock: Clock; audit: AuditService };
const localized = (row: { nameRu: string | null; nameEn: string | null; nameZh: string | null }) => ({ ru: row.nameRu, en: row.nameEn, zh: row.nameZh });

export function createPortfolioService({ db, clock, audit }: Dependencies) {
  const today = () => clock.now().toISOString().slice(0, 10);
  const writes = createProjectWrites({ db, clock });
  const reports = createProjectReports({ db, clock });
  const changeRequests = createChangeRequests({ db, clock });

  async function get(id: string, context: RequestContext) {
    const { project, health, side } = await requireReadableProject(db, context, id);
    const governs = canGovernProject(context.actor, side);
    const edits = canEditProject(context.actor, side);
    return toProject(project, health, await repo.passportRows(db, project), today(), { edit: edits, approveStage: governs, submitReport: edits, reviewReport: governs });
  }

  /** A code already taken is refused by the unique constraint as a conflict, nothing written. */
  async function createNamed(table: typeof portfolios | typeof programs, entityType: string, values: typeof portfolios.$inferInsert & { portfolioId?: string }, context: RequestContext) {
    authorize(context.actor, canManagePortfolios(context.actor));
    return db.transaction(async (tx) => {
      const [row] = await tx.insert(table).values(values).returning();
      await recordAudit(tx, context, { action: 'create', entityType, entityId: row!.id, before: null, after: { code: row!.code, nameRu: row!.nameRu, nameEn: row!.nameEn, nameZh: row!.nameZh } });
      return { id: row!.id, code: row!.code, name: localized(row!) };
    });
  }

  return {
    get,
    async listPortfolios(context: RequestContext) {
      authorize(context.actor, context.actor.kind === 'user');
      const { portfolioRows, programRows, curatorRows } = await repo.listPortfolios(db);
      return {
        portfolios: portfolioRows.map((p) => ({ id: p.id, code: p.code, name: localized(p) })),
        programs: programRows.map((p) => ({ id: p.id, code: p.code, name: localized(p), portfolioId: p.portfolioId })),
        curators: curatorRows,
      };
    },
    createPortfolio: (input: z.infer<typeof portfolioInput>, context: RequestContext) =>
      createNamed(portfolios, 'portfolio', { code: input.code, nameRu: input.name.ru, nameEn: input.name.en, nameZh: input.name.zh }, context),
    async createProgram(input: z.infer<typeof programInput>, context: RequestContext) {
      const row = await createNamed(programs, 'program', { portfolioId: input.portfolioId, code: input.code, nameRu: input.name.ru, nameEn: input.name.en, nameZh: input.name.zh }, context);
      return { ...row, portfolioId: input.portfolioId };
    },

    async overview(query: OverviewQuery, context: RequestContext) {
      authorize(context.actor, context.actor.kind === 'user');
      return portfolioOverview(db, projectReadScope(context.actor), query, today());
    },

    create: writes.create,
    update: writes.update,
    passStageGate: writes.passStageGate,
    replaceResults: writes.replaceResults,
    replaceControlPoints: writes.replaceControlPoints,
    replaceBudget: writes.replaceBudget,
    replaceRisks: writes.replaceRisks,

    listReports: reports.list,
    submitReport: reports.submit,
    reviewReport: reports.review,

    listChangeRequests: changeRequests.list,
    previewChangeRequest: changeRequests.preview,
    createChangeRequest: changeRequests.create,
    decideChangeRequest: changeRequests.decide,

    peopleOptions: (id: string, context: RequestContext) => projectPeopleOptions(db, id, context),

    async versions(id: string, context: RequestContext) {
      const { project } = await requireReadableProject(db, context, id);
      const rows = await listPassportVersions(db, id);
      return { current: project.version, items: rows.map((r) => ({ version: r.version, createdAt: r.createdAt.toISOString(), passport: r.passport })) };
    },

    async history(id: string, page: number, context: RequestContext) {
      await requireReadableProject(db, context, id);
      return audit.historyOf('project', id, page);
    },
  };
}

export type PortfolioService = ReturnType<typeof createPortfolioService>;
