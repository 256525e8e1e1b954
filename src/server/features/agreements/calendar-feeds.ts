/**
 * Calendar feeds of roadmap deadlines (iCalendar): a personal feed of every agreement its owner
 * reads, or one agreement's feed. Calendar apps fetch without signing in, so the URL carries a
 * random token; only its hash is stored, the URL is shown once, and a feed can be revoked. At each
 * fetch the feed answers with what its owner may read then — a user who loses access gets an
 * empty calendar, a deactivated one none.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import type { CalendarFeed } from '../../../shared/contracts/agreements';
import { pickLocalized, type Language } from '../../../shared/languages';
import type { Database } from '../../db/client';
import { agreements, calendarFeeds } from '../../db/schema/index';
import type { Actor, RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { notFound } from '../../lib/errors';
import { randomToken, sha256 } from '../../lib/secrets';
import { requireReadableAgreement } from './agreement-access';
import { todayOf, toAgreementRef } from './agreement-mappers';
import { agreementReadScope } from './agreements.policy';
import { listObligationsForFeed } from './obligations.repo';

export const calendarFeedPath = (token: string) => `/api/calendar/${token}.ics`;

const statusWords: Record<Language, Record<string, string>> = {
  ru: { planned: 'запланировано', in_progress: 'в работе', done: 'выполнено', cancelled: 'отменено', overdue: 'просрочено', responsible: 'Ответственный' },
  en: { planned: 'planned', in_progress: 'in progress', done: 'done', cancelled: 'cancelled', overdue: 'overdue', responsible: 'Responsible' },
  zh: { planned: '计划中', in_progress: '进行中', done: '已完成', cancelled: '已取消', overdue: '已逾期', responsible: '负责方' },
};

export function createCalendarFeeds({ db, clock, actorOfUser }: { db: Database; clock: Clock; actorOfUser: (userId: string) => Promise<Actor> }) {
  return {
    async list(context: RequestContext): Promise<CalendarFeed[]> {
      const user = requireUser(context.actor);
      const rows = await db.select({ feed: calendarFeeds, agreement: agreements }).from(calendarFeeds)
        .leftJoin(agreements, eq(agreements.id, calendarFeeds.agreementId))
        .where(and(eq(calendarFeeds.userId, user.id), isNull(calendarFeeds.revokedAt))).orderBy(desc(calendarFeeds.createdAt));
      return rows.map((r) => ({ id: r.feed.id, agreement: r.agreement ? toAgreementRef(r.agreement) : null, createdAt: r.feed.createdAt.toISOString() }));
    },

    async create(agreementId: string | null, context: RequestContext): Promise<CalendarFeed> {
      const user = requireUser(context.actor);
      const agreement = agreementId ? await requireReadableAgreement(db, context, agreementId) : null;
      const token = randomToken();
      const feed = await db.transaction(async (tx) => {
        const [row] = await tx.insert(calendarFeeds).values({ userId: user.id, agreementId, tokenHash: sha256(token) }).returning();
        await recordAudit(tx, context, { action: 'create', entityType: 'calendar_feed', entityId: row!.id, changes: { agreementId: { before: null, after: agreementId }, token: { before: null, after: '[secret]' } } });
        return row!;
      });
      return { id: feed.id, agreement: agreement ? toAgreementRef(agreement) : null, createdAt: feed.createdAt.toISOString(), url: calendarFeedPath(token) };
    },

    async revoke(id: string, context: RequestContext) {
      const user = requireUser(context.actor);
      await db.transaction(async (tx) => {
        const [row] = await tx.update(calendarFeeds).set({ revokedAt: clock.now() })
          .where(and(eq(calendarFeeds.id, id), eq(calendarFeeds.userId, user.id), isNull(calendarFeeds.revokedAt))).returning();
        if (!row) throw notFound('calendar_feed', id);
        await recordAudit(tx, context, { action: 'revoke', entityType: 'calendar_feed', entityId: id, changes: { revokedAt: { before: null, after: row.revokedAt } } });
      });
    },

    /** The iCalendar text of the feed behind a token; 404 for an unknown, revoked or orphaned one. */
    async render(token: string, publicOrigin: string): Promise<string> {
      const [feed] = await db.select().from(calendarFeeds).where(and(eq(calendarFeeds.tokenHash, sha256(token)), isNull(calendarFeeds.revokedAt)));
      if (!feed) throw notFound('calendar_feed');
      const actor = await actorOfUser(feed.userId);
      if (actor.kind !== 'user') throw notFound('calendar_feed');
      const language = actor.language;
      const words = statusWords[language];
      const rows = await listObligationsForFeed(db, agreementReadScope(actor), feed.agreementId);
      const today = todayOf(clock.now());
      const first = rows[0]?.agreement;
      const name = feed.agreementId && first ? pickLocalized({ ru: first.titleRu, en: first.titleEn, zh: first.titleZh }, language) : 'Northbridge';
      const calendar = ical({ name, prodId: { company: 'Northbridge', product: 'roadmap-deadlines', language: language.toUpperCase() } });
      for (const { obligation: o, agreement, responsible } of rows) {
        const shown = o.status === 'planned' || o.status === 'in_progress' ? (o.dueOn < today ? 'overdue' : o.status) : o.status;
        const agreementTitle = pickLocalized({ ru: agreement.titleRu, en: agreement.titleEn, zh: agreement.titleZh }, language);
        const text = pickLocalized({ ru: o.textRu, en: o.textEn, zh: o.textZh }, language);
        const responsibleName = responsible ? pickLocalized({ ru: responsible.shortNameRu ?? responsible.nameRu, en: responsible.shortNameEn ?? responsible.nameEn, zh: responsible.shortNameZh ?? responsible.nameZh }, language) : null;
        calendar.createEvent({
          id: `${o.id}@northbridge`,
          start: new Date(`${o.dueOn}T00:00:00Z`),
          allDay: true,
          summary: `${agreement.number ? `${agreement.number}: ` : ''}${text}`,
          description: [agreementTitle, words[shown], responsibleName ? `${words.responsible}: ${responsibleName}` : null].filter(Boolean).join('\n'),
          url: `${publicOrigin}/agreements/${agreement.id}`,
          status: o.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        });
      }
      return calendar.toString();
    },
  };
}
