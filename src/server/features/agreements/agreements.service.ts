/**
 * The agreements feature owns cooperation agreements from signature to results: parties,
 * signatories, directions, related agreements, the status lifecycle, documents, the roadmap of
 * obligations with its health and deadlines, calendar feeds of those deadlines, and exports.
 * Who reads and writes what is decided in agreements.policy.ts.
 */
import type { DeadlinesResponse, Deadline } from '../../../shared/contracts/agreements';
import { daysBetween } from '../../../shared/agreement-health';
import type { Language } from '../../../shared/languages';
import type { Database } from '../../db/client';
import type { Actor, RequestContext } from '../../lib/actor';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { notFound } from '../../lib/errors';
import { toCsv, toXlsx } from '../../lib/spreadsheet';
import type { AuditService } from '../audit/audit.service';
import { agreementsTable, roadmapTable } from './agreement-export';
import { createAgreementDocuments } from './agreement-documents';
import { todayOf, toAgreementRef, toObligation, withDetails } from './agreement-mappers';
import { requireReadableAgreement } from './agreement-access';
import { createAgreementRoadmap } from './agreement-roadmap';
import { createAgreementWrites } from './agreement-writes';
import { agreementReadScope } from './agreements.policy';
import * as repo from './agreements.repo';
import { createCalendarFeeds } from './calendar-feeds';
import { listDeadlines } from './obligations.repo';

type Dependencies = { db: Database; clock: Clock; audit: AuditService; actorOfUser: (userId: string) => Promise<Actor> };

/** The most rows one export writes. */
const exportRowLimit = 10_000;
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function createAgreementsService({ db, clock, audit, actorOfUser }: Dependencies) {
  const today = () => todayOf(clock.now());
  const writes = createAgreementWrites({ db, clock });
  const roadmap = createAgreementRoadmap({ db, clock });
  const documents = createAgreementDocuments({ db });
  const calendarFeeds = createCalendarFeeds({ db, clock, actorOfUser });

  async function list(filter: repo.AgreementFilter, context: RequestContext) {
    const scope = agreementReadScope(context.actor);
    const { rows, total } = await repo.listAgreements(db, scope, filter, today());
    return { items: await withDetails(db, context.actor, scope, rows, today()), page: filter.page, pageSize: filter.pageSize, total };
  }

  async function get(id: string, context: RequestContext) {
    const scope = agreementReadScope(context.actor);
    const row = await repo.findAgreement(db, scope, id);
    if (!row) throw notFound('agreement', id);
    const [agreement] = await withDetails(db, context.actor, scope, [row], today());
    return agreement!;
  }

  async function file(table: Parameters<typeof toCsv>[0], format: 'csv' | 'xlsx', name: string) {
    const fileName = `${name}-${today()}.${format}`;
    return format === 'csv'
      ? { content: toCsv(table), contentType: 'text/csv; charset=utf-8', fileName }
      : { content: await toXlsx(table, name.slice(0, 31)), contentType: xlsxType, fileName };
  }

  return {
    list,
    get,
    create: writes.create,
    update: writes.update,
    changeStatus: writes.changeStatus,
    countActive: (context: RequestContext) => repo.countActiveAgreements(db, agreementReadScope(context.actor)),

    async history(id: string, page: number, context: RequestContext) {
      await requireReadableAgreement(db, context, id);
      return audit.historyOf('agreement', id, page);
    },

    listObligations: roadmap.list,
    createObligation: roadmap.create,
    updateObligation: roadmap.update,
    deleteObligation: roadmap.remove,
    addObligationComment: roadmap.addComment,

    listDocuments: documents.list,
    uploadDocument: documents.upload,
    uploadDocumentVersion: documents.uploadVersion,
    downloadDocument: documents.download,

    listCalendarFeeds: calendarFeeds.list,
    createCalendarFeed: calendarFeeds.create,
    revokeCalendarFeed: calendarFeeds.revoke,
    renderCalendarFeed: calendarFeeds.render,

    /** Overdue and upcoming open obligations of the agreements in force that the caller reads. */
    async deadlines(query: { days: number; limit: number }, context: RequestContext): Promise<DeadlinesResponse> {
      authorize(context.actor, context.actor.kind === 'user');
      const scope = agreementReadScope(context.actor);
      const now = today();
      const until = new Date(Date.parse(`${now}T00:00:00Z`) + query.days * 86_400_000).toISOString().slice(0, 10);
      const [[overdueRows, [overdueTotal]], [upcomingRows, [upcomingTotal]]] = await Promise.all([
        listDeadlines(db, scope, { today: now, until, kind: 'overdue', limit: query.limit }),
        listDeadlines(db, scope, { today: now, until, kind: 'upcoming', limit: query.limit }),
      ]);
      const toDeadline = (row: (typeof overdueRows)[number]): Deadline => {
        const { comments: _comments, canReport: _canReport, ...obligation } = toObligation(row, [], now);
        return { obligation, agreement: toAgreementRef(row.agreement), daysLeft: daysBetween(now, row.obligation.dueOn) };
      };
      return { overdue: overdueRows.map(toDeadline), upcoming: upcomingRows.map(toDeadline), overdueTotal: overdueTotal?.value ?? 0, upcomingTotal: upcomingTotal?.value ?? 0 };
    },

    async exportList(filter: Omit<repo.AgreementFilter, 'page' | 'pageSize'>, format: 'csv' | 'xlsx', language: Language, context: RequestContext) {
      authorize(context.actor, context.actor.kind === 'user');
      const page = await list({ ...filter, page: 1, pageSize: exportRowLimit }, context);
      return file(agreementsTable(page.items, language), format, 'agreements');
    },

    async exportRoadmap(id: string, format: 'csv' | 'xlsx', language: Language, context: RequestContext) {
      const agreement = await requireReadableAgreement(db, context, id);
      const items = await roadmap.listWithComments(db, id);
      return file(roadmapTable(items, language), format, `roadmap-${(agreement.number ?? agreement.id.slice(0, 8)).replace(/[^\w.-]+/g, '_')}`);
    },
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
