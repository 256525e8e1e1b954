/**
 * Brokerage sessions: their settings, one-to-one meeting requests between participants (asked by
 * one side, accepted or declined by the other), the scheduler run and the publication of its
 * result, and each participant's personal schedule. The people of a participant act for it; the
 * event's managers act for everyone.
 */
import { and, eq, or } from 'drizzle-orm';
import ical from 'ical-generator';
import type { BrokerageSettingsInput, BrokerageView, PersonalSchedule } from '../../../shared/contracts/events';
import { pickLocalized, type Language } from '../../../shared/languages';
import type { Database, Executor } from '../../db/client';
import { brokerageSessions, eventParticipants, meetingRequests } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { scheduleMeetings } from './brokerage-scheduler';
import { availableSlots, buildSlots, checkPeriods, type SessionTimes } from './brokerage-slots';
import { requireManagedEvent, requireReadableEvent } from './event-access';
import { toEventSummary, toParticipant } from './events-mappers';
import { actsForParticipant, canManageEvent, canSeePersons } from './events.policy';
import * as repo from './events.repo';

const toSettings = (s: repo.SessionRow) => ({
  startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), slotMinutes: s.slotMinutes, tables: s.tables,
  defaultMeetingLimit: s.defaultMeetingLimit, breaks: s.breaks, scheduledAt: s.scheduledAt?.toISOString() ?? null, publishedAt: s.publishedAt?.toISOString() ?? null,
});
const timesOf = (s: repo.SessionRow): SessionTimes => ({ startsAt: s.startsAt, endsAt: s.endsAt, slotMinutes: s.slotMinutes, breaks: s.breaks });

async function requireSession(db: Executor, eventId: string) {
  const session = await repo.findSession(db, eventId);
  if (!session) throw new AppError('NO_BROKERAGE_SESSION');
  return session;
}

const limitOf = (participant: typeof eventParticipants.$inferSelect, session: repo.SessionRow) => participant.meetingLimit ?? session.defaultMeetingLimit;

async function acceptedCount(tx: Executor, participantId: string) {
  const rows = await tx.select({ id: meetingRequests.id }).from(meetingRequests)
    .where(and(eq(meetingRequests.status, 'accepted'), or(eq(meetingRequests.requesterId, participantId), eq(meetingRequests.requestedId, participantId))));
  return rows.length;
}

async function checkUnderLimit(tx: Executor, session: repo.SessionRow, participant: typeof eventParticipants.$inferSelect) {
  if (await acceptedCount(tx, participant.id) >= limitOf(participant, session)) throw new AppError('MEETING_LIMIT_REACHED', { participantId: participant.id });
}

export function createBrokerage({ db, clock }: { db: Database; clock: Clock }) {
  async function participantOf(tx: Executor, eventId: string, participantId: string) {
    const [row] = await tx.select().from(eventParticipants).where(and(eq(eventParticipants.id, participantId), eq(eventParticipants.eventId, eventId)));
    if (!row) throw notFound('event_participant', participantId);
    return row;
  }

  async function personal(eventId: string, participantId: string, context: RequestContext): Promise<PersonalSchedule> {
    requireUser(context.actor);
    const side = await requireReadableEvent(db, context, eventId);
    const participant = await participantOf(db, eventId, participantId);
    const manages = canManageEvent(context.actor, side);
    authorize(context.actor, manages || actsForParticipant(context.actor, participant.organizationId));
    const session = await requireSession(db, eventId);
    const participants = new Map((await repo.listParticipants(db, eventId)).map((row) => [row.participant.id, toParticipant(row, true)]));
    const published = session.publishedAt !== null;
    const meetings = published || manages ? (await repo.listMeetings(db, eventId)).filter((m) => m.participantIds.includes(participantId)) : [];
    const event = await repo.findEvent(db, eventId);
    return {
      event: toEventSummary(event!),
      participant: participants.get(participantId)!,
      published,
      meetings: meetings.map((m) => ({
        startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString(), tableNumber: m.tableNumber,
        with: participants.get(m.participantIds[0] === participantId ? m.participantIds[1] : m.participantIds[0])!,
      })),
    };
  }

  return {
    async configure(eventId: string, input: BrokerageSettingsInput, context: RequestContext) {
      await db.transaction(async (tx) => {
        const side = await requireManagedEvent(tx, context, eventId);
        const startsAt = new Date(input.startsAt);
        const endsAt = new Date(input.endsAt);
        if (endsAt <= startsAt) throw new AppError('EVENT_ENDS_BEFORE_START', { field: 'endsAt' });
        if (startsAt < side.event.startsAt || endsAt > side.event.endsAt) throw new AppError('PERIOD_OUTSIDE_EVENT', { field: 'brokerage' });
        checkPeriods(input.breaks, 'breaks', { from: startsAt, to: endsAt });
        const before = await repo.findSession(tx, eventId);
        const values = { ...input, startsAt, endsAt, updatedAt: clock.now() };
        await tx.insert(brokerageSessions).values({ eventId, ...values }).onConflictDoUpdate({ target: brokerageSessions.eventId, set: values });
        await recordAudit(tx, context, { action: 'brokerage_settings', entityType: 'event', entityId: eventId, before: before ? toSettings(before) : null, after: toSettings((await repo.findSession(tx, eventId))!) });
      });
    },

    async view(eventId: string, context: RequestContext): Promise<BrokerageView> {
      requireUser(context.actor);
      const side = await requireReadableEvent(db, context, eventId);
      const session = await requireSession(db, eventId);
      const manages = canManageEvent(context.actor, side);
      const rows = (await repo.listParticipants(db, eventId)).filter((row) => row.participant.brokerage);
      const mine = rows.filter((row) => actsForParticipant(context.actor, row.participant.organizationId)).map((row) => row.participant.id);
      const involvesMine = (ids: string[]) => manages || ids.some((id) => mine.includes(id));
      const requests = (await repo.listRequests(db, eventId)).filter((r) => involvesMine([r.requesterId, r.requestedId]));
      const meetings = manages || session.publishedAt ? (await repo.listMeetings(db, eventId)).filter((m) => involvesMine(m.participantIds)) : [];
      return {
        settings: toSettings(session),
        participants: rows.map((row) => toParticipant(row, canSeePersons(context.actor))),
        myParticipantIds: mine,
        requests: requests.map((r) => ({ id: r.id, requesterId: r.requesterId, requestedId: r.requestedId, message: r.message, status: r.status as 'pending', createdAt: r.createdAt.toISOString() })),
        meetings: meetings.map((m) => ({ id: m.id, requestId: m.requestId, participantIds: m.participantIds, slot: m.slot, tableNumber: m.tableNumber, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString() })),
        slots: buildSlots(timesOf(session)).map((s) => ({ index: s.index, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
        canManage: manages,
      };
    },

    async request(eventId: string, input: { requesterId: string; requestedId: string; message: string | null }, context: RequestContext): Promise<string> {
      requireUser(context.actor);
      return db.transaction(async (tx) => {
        const side = await requireReadableEvent(tx, context, eventId);
        if (input.requesterId === input.requestedId) throw new AppError('MEETING_WITH_ONESELF');
        const requester = await participantOf(tx, eventId, input.requesterId);
        const requested = await participantOf(tx, eventId, input.requestedId);
        authorize(context.actor, canManageEvent(context.actor, side) || actsForParticipant(context.actor, requester.organizationId));
        const session = await requireSession(tx, eventId);
        if (!requester.brokerage || !requested.brokerage) throw new AppError('NOT_A_BROKERAGE_PARTICIPANT');
        if (requester.organizationId === requested.organizationId) throw new AppError('MEETING_WITH_ONESELF');
        const [existing] = await tx.select({ id: meetingRequests.id }).from(meetingRequests).where(or(
          and(eq(meetingRequests.requesterId, requester.id), eq(meetingRequests.requestedId, requested.id)),
          and(eq(meetingRequests.requesterId, requested.id), eq(meetingRequests.requestedId, requester.id)),
        ));
        if (existing) throw new AppError('MEETING_REQUEST_EXISTS', { requestId: existing.id });
        await checkUnderLimit(tx, session, requester);
        const [row] = await tx.insert(meetingRequests).values({ eventId, requesterId: requester.id, requestedId: requested.id, message: input.message }).returning();
        await recordAudit(tx, context, { action: 'create', entityType: 'meeting_request', entityId: row!.id, before: null, after: { eventId, requesterId: requester.id, requestedId: requested.id, status: 'pending' } });
        return row!.id;
      });
    },

    async answer(eventId: string, requestId: string, accept: boolean, context: RequestContext) {
      requireUser(context.actor);
      await db.transaction(async (tx) => {
        const side = await requireReadableEvent(tx, context, eventId);
        const [request] = await tx.select().from(meetingRequests).where(and(eq(meetingRequests.id, requestId), eq(meetingRequests.eventId, eventId)));
        if (!request) throw notFound('meeting_request', requestId);
        const requested = await participantOf(tx, eventId, request.requestedId);
        authorize(context.actor, canManageEvent(context.actor, side) || actsForParticipant(context.actor, requested.organizationId));
        if (request.status !== 'pending') throw new AppError('MEETING_REQUEST_ANSWERED', { status: request.status });
        if (accept) {
          const session = await requireSession(tx, eventId);
          await checkUnderLimit(tx, session, requested);
          await checkUnderLimit(tx, session, await participantOf(tx, eventId, request.requesterId));
        }
        const status = accept ? 'accepted' : 'declined';
        await tx.update(meetingRequests).set({ status, respondedAt: clock.now() }).where(eq(meetingRequests.id, requestId));
        await recordAudit(tx, context, { action: status, entityType: 'meeting_request', entityId: requestId, changes: { status: { before: 'pending', after: status } } });
      });
    },

    /** Runs the scheduler over the accepted requests and keeps its result as an unpublished draft. */
    async schedule(eventId: string, context: RequestContext) {
      return db.transaction(async (tx) => {
        await requireManagedEvent(tx, context, eventId);
        const session = await requireSession(tx, eventId);
        const slots = buildSlots(timesOf(session));
        const participants = (await repo.listParticipants(tx, eventId)).filter((row) => row.participant.brokerage).map((row) => row.participant);
        const accepted = (await repo.listRequests(tx, eventId)).filter((r) => r.status === 'accepted');
        const result = scheduleMeetings({
          slots: slots.length,
          tables: session.tables,
          participants: participants.map((p) => ({ id: p.id, limit: limitOf(p, session), available: availableSlots(slots, p.availability) })),
          requests: accepted.filter((r) => participants.some((p) => p.id === r.requesterId) && participants.some((p) => p.id === r.requestedId))
            .map((r) => ({ id: r.id, requesterId: r.requesterId, requestedId: r.requestedId })),
        });
        const byId = new Map(accepted.map((r) => [r.id, r]));
        await repo.replaceMeetings(tx, eventId, result.assignments.map((a) => {
          const request = byId.get(a.requestId)!;
          return { requestId: a.requestId, slot: a.slot, tableNumber: a.table, startsAt: slots[a.slot]!.startsAt, endsAt: slots[a.slot]!.endsAt, participantIds: [request.requesterId, request.requestedId] };
        }));
        const scheduledAt = clock.now();
        await tx.update(brokerageSessions).set({ scheduledAt, publishedAt: null }).where(eq(brokerageSessions.eventId, eventId));
        const met = result.assignments.length;
        const unmet = accepted.length - met;
        await recordAudit(tx, context, { action: 'schedule', entityType: 'event', entityId: eventId, changes: { meetings: { before: null, after: met }, unmet: { before: null, after: unmet } } });
        return { met, unmet, scheduledAt: scheduledAt.toISOString() };
      });
    },

    async publish(eventId: string, context: RequestContext) {
      await db.transaction(async (tx) => {
        await requireManagedEvent(tx, context, eventId);
        const session = await requireSession(tx, eventId);
        if (!session.scheduledAt) throw new AppError('SCHEDULE_NOT_READY');
        const publishedAt = clock.now();
        await tx.update(brokerageSessions).set({ publishedAt }).where(eq(brokerageSessions.eventId, eventId));
        await recordAudit(tx, context, { action: 'publish', entityType: 'event', entityId: eventId, changes: { publishedAt: { before: session.publishedAt, after: publishedAt } } });
      });
    },

    personal,

    /** The personal schedule as an iCalendar file: one event per meeting, in the caller's language. */
    async personalIcs(eventId: string, participantId: string, language: Language, publicOrigin: string, context: RequestContext) {
      const schedule = await personal(eventId, participantId, context);
      const name = (p: PersonalSchedule['participant']) => [
        p.person ? pickLocalized(p.person.fullName, language) : null,
        pickLocalized(p.organization.shortName, language) || pickLocalized(p.organization.name, language),
      ].filter(Boolean).join(', ');
      const words = { ru: ['Встреча', 'стол'], en: ['Meeting', 'table'], zh: ['会谈', '桌号'] }[language];
      const eventTitle = pickLocalized(schedule.event.title, language);
      const calendar = ical({ name: eventTitle, prodId: { company: 'Northbridge', product: 'brokerage-schedule', language: language.toUpperCase() } });
      for (const m of schedule.meetings) {
        calendar.createEvent({
          id: `${eventId}-${participantId}-${m.startsAt}@northbridge`,
          start: new Date(m.startsAt),
          end: new Date(m.endsAt),
          summary: `${words[0]}: ${name(m.with)}`,
          location: `${pickLocalized(schedule.event.place, language) ?? ''}, ${words[1]} ${m.tableNumber}`.replace(/^, /, ''),
          description: eventTitle,
          url: `${publicOrigin}/events/${eventId}/brokerage`,
        });
      }
      return { content: calendar.toString(), fileName: `schedule-${participantId.slice(0, 8)}.ics` };
    },
  };
}
