/**
 * Change requests to the passport: moved result deadlines, control point dates, the project's end.
 * Their effect is computed before anyone decides: which indicators' yearly targets lose the results
 * that covered them. Approval applies the change and keeps the previous passport version; a request
 * prepared against an older version is refused, naming the current one.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { ChangeEffect, ChangeRequest, ChangeRequestInput } from '../../../shared/contracts/portfolio-monitoring';
import type { Database, Executor } from '../../db/client';
import { indicators, indicatorTargets, projectChangeRequests, projectControlPoints, projectResults, projects } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { keepPassportVersion } from './passport-versions';
import { canEditProject, canGovernProject } from './portfolio.policy';
import { checkControlPoints } from './project-checks';
import { requireReadableProject } from './project-access';
import { refreshProjectSummaries } from './project-summaries';

type Changes = Omit<ChangeRequestInput, 'baseVersion' | 'justification'>;
type ResultRow = typeof projectResults.$inferSelect;

/** The share of an indicator's target for `year` covered by results due by the end of that year. */
const coverage = (results: ResultRow[], indicatorId: string, year: number) => results
  .filter((r) => r.dueOn <= `${year}-12-31`)
  .reduce((sum, r) => sum + (r.influence.find((i) => i.indicatorId === indicatorId)?.percent ?? 0), 0);

export async function effectOf(db: Executor, projectId: string, changes: Changes): Promise<ChangeEffect> {
  const [results, points] = await Promise.all([
    db.select().from(projectResults).where(eq(projectResults.projectId, projectId)),
    db.select().from(projectControlPoints).where(eq(projectControlPoints.projectId, projectId)),
  ]);
  for (const change of changes.resultDeadlines) if (!results.some((r) => r.key === change.key)) throw new AppError('UNKNOWN_KEY', { section: 'results', key: change.key });
  for (const change of changes.controlPointDates) if (!points.some((p) => p.key === change.key)) throw new AppError('UNKNOWN_KEY', { section: 'controlPoints', key: change.key });
  const after = results.map((r) => ({ ...r, dueOn: changes.resultDeadlines.find((c) => c.key === r.key)?.dueOn ?? r.dueOn }));
  const movedResults = changes.resultDeadlines.map((c) => ({ key: c.key, from: results.find((r) => r.key === c.key)!.dueOn, to: c.dueOn })).filter((m) => m.from !== m.to);
  const movedControlPoints = changes.controlPointDates.map((c) => ({ key: c.key, from: points.find((p) => p.key === c.key)!.dueOn, to: c.dueOn })).filter((m) => m.from !== m.to);
  const indicatorIds = [...new Set(results.filter((r) => movedResults.some((m) => m.key === r.key)).flatMap((r) => r.influence.map((i) => i.indicatorId)))];
  if (indicatorIds.length === 0) return { uncoveredTargets: [], movedResults, movedControlPoints };
  const [targets, names] = await Promise.all([
    db.select().from(indicatorTargets).where(and(inArray(indicatorTargets.indicatorId, indicatorIds), eq(indicatorTargets.periodKind, 'year'))),
    db.select().from(indicators).where(inArray(indicators.id, indicatorIds)),
  ]);
  const uncoveredTargets = targets.flatMap((target) => {
    const before = coverage(results, target.indicatorId, target.year);
    const afterShare = coverage(after, target.indicatorId, target.year);
    if (afterShare >= before || afterShare >= 100) return [];
    const indicator = names.find((n) => n.id === target.indicatorId)!;
    return [{ indicatorId: indicator.id, code: indicator.code, name: { ru: indicator.nameRu, en: indicator.nameEn, zh: indicator.nameZh }, year: target.year, coveredPercentBefore: before, coveredPercentAfter: afterShare }];
  }).sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
  return { uncoveredTargets, movedResults, movedControlPoints };
}

function toChangeRequest(row: typeof projectChangeRequests.$inferSelect): ChangeRequest {
  const { effect, ...changes } = row.changes as Changes & { effect: ChangeEffect };
  return {
    id: row.id, baseVersion: row.baseVersion, justification: row.justification, status: row.status as ChangeRequest['status'],
    changes, effect, createdAt: row.createdAt.toISOString(), decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

function checkVersion(project: typeof projects.$inferSelect, baseVersion: number) {
  if (project.version !== baseVersion) throw new AppError('PASSPORT_VERSION_CONFLICT', { baseVersion, currentVersion: project.version });
}

export function createChangeRequests({ db, clock }: { db: Database; clock: Clock }) {
  const today = () => clock.now().toISOString().slice(0, 10);
  return {
    async list(projectId: string, context: RequestContext) {
      await requireReadableProject(db, context, projectId);
      const rows = await db.select().from(projectChangeRequests).where(eq(projectChangeRequests.projectId, projectId)).orderBy(desc(projectChangeRequests.createdAt));
      return { items: rows.map(toChangeRequest) };
    },

    /** Computes the effect without saving anything: what the form shows before the request is sent. */
    async preview(projectId: string, input: ChangeRequestInput, context: RequestContext): Promise<ChangeEffect> {
      const { project, side } = await requireReadableProject(db, context, projectId);
      authorize(context.actor, canEditProject(context.actor, side));
      checkVersion(project, input.baseVersion);
      return effectOf(db, projectId, input);
    },

    async create(projectId: string, input: ChangeRequestInput, context: RequestContext): Promise<ChangeRequest> {
      const user = requireUser(context.actor);
      return db.transaction(async (tx) => {
        const { project, side } = await requireReadableProject(tx, context, projectId);
        authorize(context.actor, canEditProject(context.actor, side));
        checkVersion(project, input.baseVersion);
        const { baseVersion, justification, ...changes } = input;
        const effect = await effectOf(tx, projectId, changes);
        const [row] = await tx.insert(projectChangeRequests).values({ projectId, baseVersion, justification, changes: { ...changes, effect }, requestedByUserId: user.id, createdAt: clock.now() }).returning();
        await recordAudit(tx, context, { action: 'request_change', entityType: 'project', entityId: projectId, changes: { changeRequest: { before: null, after: { id: row!.id, baseVersion, justification, ...changes } } } });
        return toChangeRequest(row!);
      });
    },

    async decide(projectId: string, requestId: string, decision: 'approve' | 'reject', context: RequestContext): Promise<ChangeRequest> {
      const user = requireUser(context.actor);
      return db.transaction(async (tx) => {
        const { project, side } = await requireReadableProject(tx, context, projectId);
        const [request] = await tx.select().from(projectChangeRequests).where(and(eq(projectChangeRequests.id, requestId), eq(projectChangeRequests.projectId, projectId)));
        if (!request) throw notFound('change_request', requestId);
        authorize(context.actor, canGovernProject(context.actor, side));
        if (request.status !== 'pending') throw new AppError('CHANGE_REQUEST_DECIDED', { status: request.status });
        if (decision === 'approve') {
          checkVersion(project, request.baseVersion);
          const changes = request.changes as Changes;
          await keepPassportVersion(tx, projectId, today());
          const endsOn = changes.endsOn ?? project.endsOn;
          if (changes.endsOn) await tx.update(projects).set({ endsOn, updatedAt: clock.now() }).where(eq(projects.id, projectId));
          for (const c of changes.resultDeadlines) await tx.update(projectResults).set({ dueOn: c.dueOn }).where(and(eq(projectResults.projectId, projectId), eq(projectResults.key, c.key)));
          for (const c of changes.controlPointDates) await tx.update(projectControlPoints).set({ dueOn: c.dueOn }).where(and(eq(projectControlPoints.projectId, projectId), eq(projectControlPoints.key, c.key)));
          const points = await tx.select().from(projectControlPoints).where(eq(projectControlPoints.projectId, projectId));
          const resultKeys = (await tx.select({ key: projectResults.key }).from(projectResults).where(eq(projectResults.projectId, projectId))).map((r) => r.key);
          checkControlPoints(points.map((p) => ({ ...p, title: { ru: null, en: null, zh: null } })), { startsOn: project.startsOn, endsOn }, resultKeys);
          await refreshProjectSummaries(tx, [projectId]);
        }
        const [row] = await tx.update(projectChangeRequests).set({ status: decision === 'approve' ? 'approved' : 'rejected', decidedByUserId: user.id, decidedAt: clock.now() }).where(eq(projectChangeRequests.id, requestId)).returning();
        await recordAudit(tx, context, { action: `${decision}_change`, entityType: 'project', entityId: projectId, changes: { changeRequest: { before: { id: requestId, status: 'pending' }, after: { id: requestId, status: row!.status } } } });
        return toChangeRequest(row!);
      });
    },
  };
}
