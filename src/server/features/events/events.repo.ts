import { aliasedTable, and, asc, count, eq, exists, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  brokerageMeetings, brokerageMeetingSeats, brokerageSessions, eventAgendaItems, eventAgreements, eventFollowUps, eventParticipants, events, meetingRequests, organizations, persons,
} from '../../db/schema/index';
import type { ListEventsQuery } from '../../../shared/contracts/events';
import type { EventReadScope, EventSide } from './events.policy';

export type EventRow = typeof events.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;

const organizer = aliasedTable(organizations, 'organizer');

function visibleTo(scope: EventReadScope): SQL | undefined {
  if (scope.all) return undefined;
  if (scope.organizationIds.length === 0) return eq(events.isPublic, true);
  return or(
    eq(events.isPublic, true),
    inArray(events.organizerOrganizationId, scope.organizationIds),
    exists(sql`(select 1 from ${eventParticipants} where ${eventParticipants.eventId} = ${events.id} and ${inArray(eventParticipants.organizationId, scope.organizationIds)})`),
  );
}

export async function listEvents(db: Executor, scope: EventReadScope, query: ListEventsQuery) {
  const where = and(
    visibleTo(scope),
    query.kind ? eq(events.kind, query.kind) : undefined,
    query.from ? gte(events.endsAt, new Date(`${query.from}T00:00:00Z`)) : undefined,
    query.to ? lte(events.startsAt, new Date(`${query.to}T23:59:59.999Z`)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db.select({ event: events, organizer }).from(events).innerJoin(organizer, eq(organizer.id, events.organizerOrganizationId))
      .where(where).orderBy(asc(events.startsAt), asc(events.id)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(events).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findEvent(db: Executor, id: string) {
  const [row] = await db.select({ event: events, organizer }).from(events).innerJoin(organizer, eq(organizer.id, events.organizerOrganizationId)).where(eq(events.id, id));
  return row ?? null;
}

export async function findEventSide(db: Executor, id: string): Promise<(EventSide & { event: EventRow }) | null> {
  const [event] = await db.select().from(events).where(eq(events.id, id));
  if (!event) return null;
  const participants = await db.select({ organizationId: eventParticipants.organizationId }).from(eventParticipants).where(eq(eventParticipants.eventId, id));
  return { event, organizerId: event.organizerOrganizationId, isPublic: event.isPublic, participantOrganizationIds: [...new Set(participants.map((p) => p.organizationId))] };
}

export async function listParticipants(db: Executor, eventId: string) {
  return db.select({ participant: eventParticipants, organization: organizations, person: persons }).from(eventParticipants)
    .innerJoin(organizations, eq(organizations.id, eventParticipants.organizationId))
    .leftJoin(persons, eq(persons.id, eventParticipants.personId))
    .where(eq(eventParticipants.eventId, eventId))
    .orderBy(sql`case ${eventParticipants.role} when 'host' then 0 when 'head_of_delegation' then 1 else 2 end`, asc(organizations.nameRu), asc(eventParticipants.createdAt));
}
export type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>[number];

export const listAgenda = (db: Executor, eventId: string) =>
  db.select().from(eventAgendaItems).where(eq(eventAgendaItems.eventId, eventId)).orderBy(asc(eventAgendaItems.startsAt), asc(eventAgendaItems.position));

export const listAgreementIds = async (db: Executor, eventId: string) =>
  (await db.select({ id: eventAgreements.agreementId }).from(eventAgreements).where(eq(eventAgreements.eventId, eventId))).map((r) => r.id);

export function listFollowUps(db: Executor, eventId: string) {
  return db.select({ followUp: eventFollowUps, owner: organizations, person: persons }).from(eventFollowUps)
    .innerJoin(organizations, eq(organizations.id, eventFollowUps.ownerOrganizationId))
    .leftJoin(persons, eq(persons.id, eventFollowUps.ownerPersonId))
    .where(eq(eventFollowUps.eventId, eventId)).orderBy(asc(eventFollowUps.dueOn), asc(eventFollowUps.createdAt));
}

export async function findSession(db: Executor, eventId: string) {
  const [row] = await db.select().from(brokerageSessions).where(eq(brokerageSessions.eventId, eventId));
  return row ?? null;
}
export type SessionRow = typeof brokerageSessions.$inferSelect;

export const listRequests = (db: Executor, eventId: string) =>
  db.select().from(meetingRequests).where(eq(meetingRequests.eventId, eventId)).orderBy(asc(meetingRequests.createdAt), asc(meetingRequests.id));
export type RequestRow = typeof meetingRequests.$inferSelect;

export async function listMeetings(db: Executor, eventId: string) {
  const rows = await db.select({ meeting: brokerageMeetings, request: meetingRequests }).from(brokerageMeetings)
    .innerJoin(meetingRequests, eq(meetingRequests.id, brokerageMeetings.requestId))
    .where(eq(brokerageMeetings.eventId, eventId)).orderBy(asc(brokerageMeetings.slot), asc(brokerageMeetings.tableNumber));
  return rows.map(({ meeting, request }) => ({ ...meeting, participantIds: [request.requesterId, request.requestedId] as [string, string] }));
}
export type MeetingRow = Awaited<ReturnType<typeof listMeetings>>[number];

export async function replaceMeetings(db: Executor, eventId: string, meetings: (Omit<typeof brokerageMeetings.$inferInsert, 'eventId'> & { participantIds: [string, string] })[]) {
  await db.delete(brokerageMeetings).where(eq(brokerageMeetings.eventId, eventId));
  for (let start = 0; start < meetings.length; start += 500) {
    const chunk = meetings.slice(start, start + 500);
    const inserted = await db.insert(brokerageMeetings).values(chunk.map(({ participantIds: _ids, ...m }) => ({ ...m, eventId }))).returning({ id: brokerageMeetings.id, requestId: brokerageMeetings.requestId });
    const byRequest = new Map(inserted.map((m) => [m.requestId, m.id]));
    await db.insert(brokerageMeetingSeats).values(chunk.flatMap((m) => m.participantIds.map((participantId) => ({ meetingId: byRequest.get(m.requestId)!, eventId, participantId, slot: m.slot }))));
  }
}
