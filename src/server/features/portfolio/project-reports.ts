/**
 * Monitoring reports: the manager submits one per month or quarter once it has ended; the curator
 * approves it or returns it with a comment; a returned report is fixed and submitted again. An
 * approved period is closed. A report is late when its first submission came after the due day.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { ProjectReport, SubmitReportInput } from '../../../shared/contracts/portfolio-monitoring';
import { isReportLate, periodEnd, reportDueOn, type ReportPeriodKind } from '../../../shared/portfolio';
import type { Database } from '../../db/client';
import { projectReports } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { canEditProject, canGovernProject } from './portfolio.policy';
import { requireReadableProject } from './project-access';
import { refreshProjectSummaries } from './project-summaries';

type Row = typeof projectReports.$inferSelect;

export function toReport(row: Row): ProjectReport {
  const kind = row.periodKind as ReportPeriodKind;
  return {
    id: row.id, periodKind: kind, year: row.year, periodIndex: row.periodIndex,
    status: row.status as ProjectReport['status'], rag: row.rag as ProjectReport['rag'], justification: row.justification, body: row.body,
    dueOn: reportDueOn(kind, row.year, row.periodIndex),
    late: isReportLate(kind, row.year, row.periodIndex, row.firstSubmittedAt.toISOString().slice(0, 10)),
    submittedAt: row.submittedAt.toISOString(), reviewedAt: row.reviewedAt?.toISOString() ?? null, reviewComment: row.reviewComment,
  };
}

const audited = ({ body: _body, ...row }: Row) => row;

export function createProjectReports({ db, clock }: { db: Database; clock: Clock }) {
  return {
    async list(projectId: string, context: RequestContext) {
      await requireReadableProject(db, context, projectId);
      const rows = await db.select().from(projectReports).where(eq(projectReports.projectId, projectId)).orderBy(desc(projectReports.year), desc(projectReports.periodIndex));
      return { items: rows.map(toReport) };
    },

    async submit(projectId: string, input: SubmitReportInput, context: RequestContext): Promise<ProjectReport> {
      const user = requireUser(context.actor);
      return db.transaction(async (tx) => {
        const { side } = await requireReadableProject(tx, context, projectId);
        authorize(context.actor, canEditProject(context.actor, side));
        const now = clock.now();
        const end = periodEnd(input.periodKind, input.year, input.periodIndex);
        if (end > now.toISOString().slice(0, 10)) throw new AppError('REPORT_PERIOD_IN_FUTURE', { periodEnd: end });
        const period = { periodKind: input.periodKind, year: input.year, periodIndex: input.periodIndex };
        const [existing] = await tx.select().from(projectReports).where(and(
          eq(projectReports.projectId, projectId), eq(projectReports.periodKind, input.periodKind), eq(projectReports.year, input.year), eq(projectReports.periodIndex, input.periodIndex),
        ));
        if (existing?.status === 'approved') throw new AppError('REPORT_PERIOD_APPROVED', { ...period, reportId: existing.id });
        const { rag, justification, ...body } = { ...input, periodKind: undefined, year: undefined, periodIndex: undefined };
        const values = { rag, justification, body, status: 'submitted', submittedByUserId: user.id, submittedAt: now };
        const [row] = existing
          ? await tx.update(projectReports).set(values).where(eq(projectReports.id, existing.id)).returning()
          : await tx.insert(projectReports).values({ projectId, ...period, ...values, firstSubmittedAt: now }).returning();
        await refreshProjectSummaries(tx, [projectId]);
        await recordAudit(tx, context, { action: existing ? 'resubmit_report' : 'submit_report', entityType: 'project', entityId: projectId, before: existing ? audited(existing) : null, after: audited(row!) });
        return toReport(row!);
      });
    },

    async review(projectId: string, reportId: string, input: { decision: 'approve' | 'return'; comment: string | null }, context: RequestContext): Promise<ProjectReport> {
      const user = requireUser(context.actor);
      return db.transaction(async (tx) => {
        const { side } = await requireReadableProject(tx, context, projectId);
        const [existing] = await tx.select().from(projectReports).where(and(eq(projectReports.id, reportId), eq(projectReports.projectId, projectId)));
        if (!existing) throw notFound('report', reportId);
        authorize(context.actor, canGovernProject(context.actor, side));
        if (existing.status !== 'submitted') throw new AppError('REPORT_NOT_UNDER_REVIEW', { status: existing.status });
        if (input.decision === 'return' && !input.comment) throw new AppError('REVIEW_COMMENT_REQUIRED');
        const [row] = await tx.update(projectReports).set({
          status: input.decision === 'approve' ? 'approved' : 'returned', reviewedByUserId: user.id, reviewedAt: clock.now(), reviewComment: input.comment,
        }).where(eq(projectReports.id, reportId)).returning();
        await refreshProjectSummaries(tx, [projectId]);
        await recordAudit(tx, context, { action: `${input.decision}_report`, entityType: 'project', entityId: projectId, before: audited(existing), after: audited(row!) });
        return toReport(row!);
      });
    },
  };
}
