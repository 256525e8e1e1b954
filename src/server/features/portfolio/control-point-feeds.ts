/**
 * Calendar feeds of control points (iCalendar), on the agreements' terms (ADR 020): a personal
 * feed of every project its owner reads, or one project's feed. Calendar apps fetch without
 * signing in, so the URL carries a random token; only its hash is stored, the URL is shown once,
 * and a feed can be revoked. Each fetch answers with what the owner may read then.
 */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import ical from 'ical-generator';
import type { ControlPointFeed } from '../../../shared/contracts/portfolio-outputs';
import { pickLocalized, type Language } from '../../../shared/languages';
import { controlPointStatus } from '../../../shared/portfolio';
import type { Database } from '../../db/client';
import { projectCalendarFeeds, projectControlPoints, projects } from '../../db/schema/index';
import type { Actor, RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { notFound } from '../../lib/errors';
import { randomToken, sha256 } from '../../lib/secrets';
import { passportWords } from './passport-words';
import { projectReadScope } from './portfolio.policy';
import { readableProjects } from './portfolio.repo';
import { requireReadableProject } from './project-access';

export const controlPointFeedPath = (token: string) => `/api/portfolio/calendar/${token}.ics`;
/** A calendar app copes with a few thousand events; a larger portfolio is better read per project. */
const feedEventLimit = 5000;

const feedWords: Record<Language, { name: string; due: string; forecast: string; actual: string; responsible: string }> = {
  ru: { name: 'Контрольные точки проектов', due: 'Срок', forecast: 'Прогноз', actual: 'Факт', responsible: 'Ответственный' },
  en: { name: 'Project control points', due: 'Due', forecast: 'Forecast', actual: 'Actual', responsible: 'Responsible' },
  zh: { name: '项目控制点', due: '期限', forecast: '预测', actual: '实际', responsible: '负责人' },
};

export function createControlPointFeeds({ db, clock, actorOfUser }: { db: Database; clock: Clock; actorOfUser: (userId: string) => Promise<Actor> }) {
  const toFeed = (feed: typeof projectCalendarFeeds.$inferSelect, project: { id: string; code: string } | null): ControlPointFeed =>
    ({ id: feed.id, project, createdAt: feed.createdAt.toISOString() });

  return {
    async list(context: RequestContext): Promise<ControlPointFeed[]> {
      const user = requireUser(context.actor);
      const rows = await db.select({ feed: projectCalendarFeeds, project: { id: projects.id, code: projects.code } }).from(projectCalendarFeeds)
        .leftJoin(projects, eq(projects.id, projectCalendarFeeds.projectId))
        .where(and(eq(projectCalendarFeeds.userId, user.id), isNull(projectCalendarFeeds.revokedAt))).orderBy(desc(projectCalendarFeeds.createdAt));
      return rows.map((r) => toFeed(r.feed, r.project));
    },

    async create(projectId: string | null, context: RequestContext): Promise<ControlPointFeed> {
      const user = requireUser(context.actor);
      const project = projectId ? (await requireReadableProject(db, context, projectId)).project : null;
      const token = randomToken();
      const feed = await db.transaction(async (tx) => {
        const [row] = await tx.insert(projectCalendarFeeds).values({ userId: user.id, projectId, tokenHash: sha256(token) }).returning();
        await recordAudit(tx, context, { action: 'create', entityType: 'project_calendar_feed', entityId: row!.id, changes: { projectId: { before: null, after: projectId }, token: { before: null, after: '[secret]' } } });
        return row!;
      });
      return { ...toFeed(feed, project ? { id: project.id, code: project.code } : null), url: controlPointFeedPath(token) };
    },

    async revoke(id: string, context: RequestContext) {
      const user = requireUser(context.actor);
      await db.transaction(async (tx) => {
        const [row] = await tx.update(projectCalendarFeeds).set({ revokedAt: clock.now() })
          .where(and(eq(projectCalendarFeeds.id, id), eq(projectCalendarFeeds.userId, user.id), isNull(projectCalendarFeeds.revokedAt))).returning();
        if (!row) throw notFound('calendar_feed', id);
        await recordAudit(tx, context, { action: 'revoke', entityType: 'project_calendar_feed', entityId: id, changes: { revokedAt: { before: null, after: row.revokedAt } } });
      });
    },

    /** The iCalendar text behind a token; 404 for an unknown, revoked or orphaned one. */
    async render(token: string, publicOrigin: string): Promise<string> {
      const [feed] = await db.select().from(projectCalendarFeeds).where(and(eq(projectCalendarFeeds.tokenHash, sha256(token)), isNull(projectCalendarFeeds.revokedAt)));
      if (!feed) throw notFound('calendar_feed');
      const actor = await actorOfUser(feed.userId);
      if (actor.kind !== 'user') throw notFound('calendar_feed');
      const language = actor.language;
      const words = feedWords[language];
      const statuses = passportWords[language].pointStatus;
      const readable = readableProjects(projectReadScope(actor));
      const rows = await db.select({ point: projectControlPoints, project: projects }).from(projectControlPoints)
        .innerJoin(projects, eq(projects.id, projectControlPoints.projectId))
        .where(and(readable, feed.projectId ? eq(projects.id, feed.projectId) : undefined))
        .orderBy(asc(projectControlPoints.dueOn), asc(projects.code), asc(projectControlPoints.key))
        .limit(feedEventLimit);
      const today = clock.now().toISOString().slice(0, 10);
      const single = feed.projectId ? rows[0]?.project : null;
      const name = single ? `${single.code} — ${pickLocalized({ ru: single.shortNameRu, en: single.shortNameEn, zh: single.shortNameZh }, language)}` : words.name;
      const calendar = ical({ name, prodId: { company: 'Northbridge', product: 'control-points', language: language.toUpperCase() } });
      for (const { point: p, project } of rows) {
        const title = pickLocalized({ ru: p.titleRu, en: p.titleEn, zh: p.titleZh }, language);
        const projectName = pickLocalized({ ru: project.shortNameRu, en: project.shortNameEn, zh: project.shortNameZh }, language);
        // The event sits on the due date, the commitment; a forecast and an actual date are said in the text.
        calendar.createEvent({
          id: `${p.id}@northbridge-control-point`,
          start: new Date(`${p.dueOn}T00:00:00Z`),
          allDay: true,
          summary: `${project.code} ${p.key}: ${title}`,
          description: [
            projectName, statuses[controlPointStatus(p, today)], `${words.due}: ${p.dueOn}`,
            p.forecastOn ? `${words.forecast}: ${p.forecastOn}` : null, p.actualOn ? `${words.actual}: ${p.actualOn}` : null,
            p.responsible ? `${words.responsible}: ${p.responsible}` : null,
          ].filter(Boolean).join('\n'),
          url: `${publicOrigin}/projects/${project.id}`,
        });
      }
      return calendar.toString();
    },
  };
}
