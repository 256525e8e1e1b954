import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agreements } from './agreements';
import { createdAt, id, updatedAt } from './common';
import { organizations, persons } from './registry';

/** Official visits, forums, conferences, brokerage sessions and working meetings. */
export const events = pgTable(
  'events',
  {
    id: id(),
    kind: text('kind').notNull(),
    titleRu: text('title_ru'),
    titleEn: text('title_en'),
    titleZh: text('title_zh'),
    descriptionRu: text('description_ru'),
    descriptionEn: text('description_en'),
    descriptionZh: text('description_zh'),
    placeRu: text('place_ru'),
    placeEn: text('place_en'),
    placeZh: text('place_zh'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    organizerOrganizationId: uuid('organizer_organization_id').notNull().references(() => organizations.id),
    /** Shown to everyone, anonymous visitors included; otherwise to its participants and the center. */
    isPublic: boolean('is_public').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('events_starts_at_idx').on(t.startsAt),
    check('events_end_not_before_start', sql`${t.endsAt} >= ${t.startsAt}`),
  ],
);

/** An organization at the event, or one of its people; brokerage participants carry their availability and limit. */
export const eventParticipants = pgTable(
  'event_participants',
  {
    id: id(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    personId: uuid('person_id').references(() => persons.id),
    role: text('role').notNull().default('member'),
    /** Takes part in the brokerage session (requests and accepts one-to-one meetings). */
    brokerage: boolean('brokerage').notNull().default(false),
    meetingLimit: integer('meeting_limit'),
    /** Periods [{ from, to }] (ISO date-times) when the participant can meet; null — the whole session. */
    availability: jsonb('availability').$type<{ from: string; to: string }[]>(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('event_participants_once').on(t.eventId, t.organizationId, t.personId).nullsNotDistinct(),
    index('event_participants_org_idx').on(t.organizationId),
    check('event_participants_limit_positive', sql`${t.meetingLimit} is null or ${t.meetingLimit} >= 0`),
  ],
);

export const eventAgendaItems = pgTable(
  'event_agenda_items',
  {
    id: id(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    titleRu: text('title_ru'),
    titleEn: text('title_en'),
    titleZh: text('title_zh'),
  },
  (t) => [index('event_agenda_event_idx').on(t.eventId), check('event_agenda_end_not_before_start', sql`${t.endsAt} >= ${t.startsAt}`)],
);

/** Agreements signed at the event. */
export const eventAgreements = pgTable(
  'event_agreements',
  {
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    agreementId: uuid('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.agreementId] }), index('event_agreements_agreement_idx').on(t.agreementId)],
);

export const eventFollowUps = pgTable(
  'event_follow_ups',
  {
    id: id(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    textRu: text('text_ru'),
    textEn: text('text_en'),
    textZh: text('text_zh'),
    ownerOrganizationId: uuid('owner_organization_id').notNull().references(() => organizations.id),
    ownerPersonId: uuid('owner_person_id').references(() => persons.id),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('event_follow_ups_event_idx').on(t.eventId)],
);

/** The settings of an event's brokerage session and the state of its schedule. */
export const brokerageSessions = pgTable(
  'brokerage_sessions',
  {
    eventId: uuid('event_id').primaryKey().references(() => events.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
    tables: integer('tables').notNull(),
    defaultMeetingLimit: integer('default_meeting_limit').notNull(),
    /** Periods [{ from, to }] without meetings: coffee, lunch. */
    breaks: jsonb('breaks').$type<{ from: string; to: string }[]>().notNull().default([]),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('brokerage_sessions_end_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('brokerage_sessions_positive', sql`${t.slotMinutes} > 0 and ${t.tables} > 0 and ${t.defaultMeetingLimit} >= 0`),
  ],
);

export const meetingRequests = pgTable(
  'meeting_requests',
  {
    id: id(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    requesterId: uuid('requester_id').notNull().references(() => eventParticipants.id, { onDelete: 'cascade' }),
    requestedId: uuid('requested_id').notNull().references(() => eventParticipants.id, { onDelete: 'cascade' }),
    message: text('message'),
    status: text('status').notNull().default('pending'),
    createdAt: createdAt(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('meeting_requests_pair_idx').on(t.eventId, t.requesterId, t.requestedId),
    index('meeting_requests_requested_idx').on(t.requestedId),
    check('meeting_requests_not_to_oneself', sql`${t.requesterId} <> ${t.requestedId}`),
  ],
);

/** A scheduled meeting: one slot, one table. The indexes make double booking impossible in the database too. */
export const brokerageMeetings = pgTable(
  'brokerage_meetings',
  {
    id: id(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id').notNull().unique().references(() => meetingRequests.id, { onDelete: 'cascade' }),
    slot: integer('slot').notNull(),
    tableNumber: integer('table_number').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('brokerage_meetings_table_idx').on(t.eventId, t.slot, t.tableNumber)],
);

/** Who sits at each meeting: one row per person and slot, so a participant cannot be in two meetings at once. */
export const brokerageMeetingSeats = pgTable(
  'brokerage_meeting_seats',
  {
    meetingId: uuid('meeting_id').notNull().references(() => brokerageMeetings.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').notNull().references(() => eventParticipants.id, { onDelete: 'cascade' }),
    slot: integer('slot').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.participantId] }), uniqueIndex('brokerage_seats_person_slot_idx').on(t.eventId, t.participantId, t.slot)],
);
