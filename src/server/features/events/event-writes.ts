/**
 * Writes of events, their participants, agenda and outcomes: each in one transaction, checks
 * first, the audit entry in the same transaction, so a refused write changes nothing.
 */
import { and, eq } from 'drizzle-orm';
import type {
  AgendaItemInput, CreateEventInput, FollowUpInput, ParticipantInput, UpdateEventInput, UpdateParticipantInput,
} from '../../../shared/contracts/events';
import type { Database, Executor } from '../../db/client';
import { eventAgendaItems, eventAgreements, eventFollowUps, eventParticipants, events, persons } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { checkPeriods, checkStartEnd } from './brokerage-slots';
import { requireManagedEvent } from './event-access';
import { canCreateEvent, canManageEvent } from './events.policy';
import { findEventSide } from './events.repo';

type Localized = { ru: string | null; en: string | null; zh: string | null };
const columns = (prefix: string, value: Localized | undefined) =>
  (value ? { [`${prefix}Ru`]: value.ru, [`${prefix}En`]: value.en, [`${prefix}Zh`]: value.zh } : {});

async function checkParticipant(tx: Executor, input: { organizationId: string; personId: string | null }) {
  if (!input.personId) return;
  const [person] = await tx.select({ organizationId: persons.organizationId }).from(persons).where(eq(persons.id, input.personId));
  if (!person) throw new AppError('REFERENCE_NOT_FOUND', { field: 'personId' });
  if (person.organizationId !== input.organizationId) throw new AppError('PERSON_NOT_OF_ORGANIZATION', { personId: input.personId });
}

function checkParticipants(list: ParticipantInput[], frame: { from: Date; to: Date }) {
  const seen = new Set<string>();
  for (const p of list) {
    const key = `${p.organizationId}:${p.personId ?? ''}`;
    if (seen.has(key)) throw new AppError('PARTICIPANT_TWICE', { organizationId: p.organizationId });
    seen.add(key);
    if (p.availability) checkPeriods(p.availability, 'availability', frame);
  }
}

function checkAgenda(items: AgendaItemInput[], frame: { from: Date; to: Date }) {
  for (const item of items) {
    checkStartEnd(item.startsAt, item.endsAt, 'agenda');
    if (Date.parse(item.startsAt) < frame.from.getTime() || Date.parse(item.endsAt) > frame.to.getTime()) throw new AppError('PERIOD_OUTSIDE_EVENT', { field: 'agenda' });
  }
}

const agendaRows = (eventId: string, items: AgendaItemInput[]) => items.map((item, position) => ({
  eventId, position, startsAt: new Date(item.startsAt), endsAt: new Date(item.endsAt), titleRu: item.title.ru, titleEn: item.title.en, titleZh: item.title.zh,
}));

const participantRow = (eventId: string, p: ParticipantInput) => ({ eventId, ...p });

async function audited(tx: Executor, id: string) {
  const [row] = await tx.select().from(events).where(eq(events.id, id));
  if (!row) return null;
  const { createdAt: _c, updatedAt: _u, ...fields } = row;
  return fields;
}

export function createEventWrites({ db, clock }: { db: Database; clock: Clock }) {
  return {
    async create(input: CreateEventInput, context: RequestContext): Promise<string> {
      requireUser(context.actor);
      authorize(context.actor, canCreateEvent(context.actor, input.organizerOrganizationId));
      checkStartEnd(input.startsAt, input.endsAt);
      const frame = { from: new Date(input.startsAt), to: new Date(input.endsAt) };
      checkParticipants(input.participants, frame);
      checkAgenda(input.agenda, frame);
      return db.transaction(async (tx) => {
        for (const p of input.participants) await checkParticipant(tx, p);
        const [row] = await tx.insert(events).values({
          kind: input.kind, ...columns('title', input.title), ...columns('description', input.description), ...columns('place', input.place),
          startsAt: frame.from, endsAt: frame.to, organizerOrganizationId: input.organizerOrganizationId, isPublic: input.isPublic,
        }).returning();
        if (input.participants.length > 0) await tx.insert(eventParticipants).values(input.participants.map((p) => participantRow(row!.id, p)));
        if (input.agenda.length > 0) await tx.insert(eventAgendaItems).values(agendaRows(row!.id, input.agenda));
        await recordAudit(tx, context, { action: 'create', entityType: 'event', entityId: row!.id, before: null, after: { ...(await audited(tx, row!.id)), participants: input.participants.length, agenda: input.agenda.length } });
        return row!.id;
      });
    },

    async update(id: string, input: UpdateEventInput, context: RequestContext) {
      await db.transaction(async (tx) => {
        const side = await requireManagedEvent(tx, context, id);
        // A park manager may not hand the event over to an organizer outside their ecosystems.
        if (input.organizerOrganizationId) authorize(context.actor, canManageEvent(context.actor, { ...side, organizerId: input.organizerOrganizationId }));
        const startsAt = input.startsAt ? new Date(input.startsAt) : side.event.startsAt;
        const endsAt = input.endsAt ? new Date(input.endsAt) : side.event.endsAt;
        checkStartEnd(startsAt, endsAt);
        const before = await audited(tx, id);
        await tx.update(events).set({
          ...(input.kind ? { kind: input.kind } : {}), ...columns('title', input.title), ...columns('description', input.description), ...columns('place', input.place),
          startsAt, endsAt, ...(input.organizerOrganizationId ? { organizerOrganizationId: input.organizerOrganizationId } : {}),
          ...(input.isPublic !== undefined ? { isPublic: input.isPublic } : {}), updatedAt: clock.now(),
        }).where(eq(events.id, id));
        await recordAudit(tx, context, { action: 'update', entityType: 'event', entityId: id, before, after: await audited(tx, id) });
      });
    },

    async remove(id: string, context: RequestContext) {
      await db.transaction(async (tx) => {
        await requireManagedEvent(tx, context, id);
        const before = await audited(tx, id);
        await tx.delete(events).where(eq(events.id, id));
        await recordAudit(tx, context, { action: 'delete', entityType: 'event', entityId: id, before, after: null });
      });
    },

    async addParticipant(id: string, input: ParticipantInput, context: RequestContext): Promise<string> {
      return db.transaction(async (tx) => {
        const side = await requireManagedEvent(tx, context, id);
        checkParticipants([input], { from: side.event.startsAt, to: side.event.endsAt });
        await checkParticipant(tx, input);
        const [row] = await tx.insert(eventParticipants).values(participantRow(id, input)).onConflictDoNothing().returning();
        if (!row) throw new AppError('PARTICIPANT_TWICE', { organizationId: input.organizationId });
        await recordAudit(tx, context, { action: 'add_participant', entityType: 'event', entityId: id, before: null, after: { participantId: row.id, ...input } });
        return row.id;
      });
    },

    async updateParticipant(id: string, participantId: string, input: UpdateParticipantInput, context: RequestContext) {
      await db.transaction(async (tx) => {
        const side = await requireManagedEvent(tx, context, id);
        const [before] = await tx.select().from(eventParticipants).where(and(eq(eventParticipants.id, participantId), eq(eventParticipants.eventId, id)));
        if (!before) throw notFound('event_participant', participantId);
        if (input.availability) checkPeriods(input.availability, 'availability', { from: side.event.startsAt, to: side.event.endsAt });
        const [after] = await tx.update(eventParticipants).set(input).where(eq(eventParticipants.id, participantId)).returning();
        await recordAudit(tx, context, { action: 'update_participant', entityType: 'event_participant', entityId: participantId, before, after });
      });
    },

    async removeParticipant(id: string, participantId: string, context: RequestContext) {
      await db.transaction(async (tx) => {
        await requireManagedEvent(tx, context, id);
        const [before] = await tx.delete(eventParticipants).where(and(eq(eventParticipants.id, participantId), eq(eventParticipants.eventId, id))).returning();
        if (!before) throw notFound('event_participant', participantId);
        await recordAudit(tx, context, { action: 'delete', entityType: 'event_participant', entityId: participantId, before, after: null });
      });
    },

    async replaceAgenda(id: string, items: AgendaItemInput[], context: RequestContext) {
      await db.transaction(async (tx) => {
        const side = await requireManagedEvent(tx, context, id);
        checkAgenda(items, { from: side.event.startsAt, to: side.event.endsAt });
        const before = await tx.select().from(eventAgendaItems).where(eq(eventAgendaItems.eventId, id));
        await tx.delete(eventAgendaItems).where(eq(eventAgendaItems.eventId, id));
        if (items.length > 0) await tx.insert(eventAgendaItems).values(agendaRows(id, items));
        await recordAudit(tx, context, { action: 'agenda', entityType: 'event', entityId: id, changes: { agenda: { before: before.length, after: items.length } } });
      });
    },

    /** Agreements signed at the event; the caller must be able to read each of them. */
    async linkAgreements(id: string, agreementIds: string[], requireReadable: (agreementId: string) => Promise<unknown>, context: RequestContext) {
      // Read through the agreements service before the transaction: it uses its own connection.
      const unique = [...new Set(agreementIds)];
      for (const agreementId of unique) await requireReadable(agreementId);
      await db.transaction(async (tx) => {
        await requireManagedEvent(tx, context, id);
        const before = (await tx.select().from(eventAgreements).where(eq(eventAgreements.eventId, id))).map((r) => r.agreementId).sort();
        await tx.delete(eventAgreements).where(eq(eventAgreements.eventId, id));
        if (unique.length > 0) await tx.insert(eventAgreements).values(unique.map((agreementId) => ({ eventId: id, agreementId })));
        await recordAudit(tx, context, { action: 'agreements', entityType: 'event', entityId: id, changes: { agreementIds: { before, after: [...unique].sort() } } });
      });
    },

    async addFollowUp(id: string, input: FollowUpInput, context: RequestContext): Promise<string> {
      return db.transaction(async (tx) => {
        await requireManagedEvent(tx, context, id);
        if (input.ownerPersonId) await checkParticipant(tx, { organizationId: input.ownerOrganizationId, personId: input.ownerPersonId });
        const [row] = await tx.insert(eventFollowUps).values({
          eventId: id, ...columns('text', input.text), ownerOrganizationId: input.ownerOrganizationId, ownerPersonId: input.ownerPersonId, dueOn: input.dueOn, status: input.status,
        }).returning();
        const { createdAt: _c, updatedAt: _u, ...after } = row!;
        await recordAudit(tx, context, { action: 'create', entityType: 'event_follow_up', entityId: row!.id, before: null, after });
        return row!.id;
      });
    },

    async updateFollowUp(id: string, followUpId: string, input: { status?: 'open' | 'done'; dueOn?: string; ownerOrganizationId?: string }, context: RequestContext) {
      await db.transaction(async (tx) => {
        await requireManagedEvent(tx, context, id);
        const [before] = await tx.select().from(eventFollowUps).where(and(eq(eventFollowUps.id, followUpId), eq(eventFollowUps.eventId, id)));
        if (!before) throw notFound('event_follow_up', followUpId);
        const [after] = await tx.update(eventFollowUps).set({ ...input, updatedAt: clock.now() }).where(eq(eventFollowUps.id, followUpId)).returning();
        await recordAudit(tx, context, { action: 'update', entityType: 'event_follow_up', entityId: followUpId, before, after });
      });
    },

    findEventSide: (id: string) => findEventSide(db, id),
  };
}
