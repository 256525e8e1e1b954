import { z } from 'zod';
import { isoDate, localizedText, pageOf } from './common';

export const eventKinds = ['official_visit', 'forum', 'conference', 'brokerage', 'working_meeting'] as const;
export type EventKind = (typeof eventKinds)[number];
export const participantRoles = ['head_of_delegation', 'member', 'host'] as const;
export type ParticipantRole = (typeof participantRoles)[number];
export const followUpStatuses = ['open', 'done'] as const;
export const meetingRequestStatuses = ['pending', 'accepted', 'declined'] as const;
export type MeetingRequestStatus = (typeof meetingRequestStatuses)[number];

const dateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().max(max).nullish().transform((value) => (value ? value : null));
const localizedInput = (max: number) => z.object({ ru: text(max), en: text(max), zh: text(max) }).strict();
const hasText = (value: { ru: string | null; en: string | null; zh: string | null }) => Boolean(value.ru || value.en || value.zh);
const emptyText = { ru: null, en: null, zh: null };

export const organizationRef = z.object({ id: z.uuid(), name: localizedText, shortName: localizedText });
export type OrganizationRef = z.infer<typeof organizationRef>;
export const period = z.object({ from: dateTime, to: dateTime }).strict();
export type Period = z.infer<typeof period>;

export const eventSummary = z.object({
  id: z.uuid(),
  kind: z.enum(eventKinds),
  title: localizedText,
  place: localizedText,
  startsAt: z.string(),
  endsAt: z.string(),
  organizer: organizationRef,
  isPublic: z.boolean(),
});
export type EventSummary = z.infer<typeof eventSummary>;

export const eventParticipant = z.object({
  id: z.uuid(),
  organization: organizationRef,
  /** Shown to signed-in readers only: a person's name is personal data. */
  person: z.object({ id: z.uuid(), fullName: localizedText, position: localizedText }).nullable(),
  role: z.enum(participantRoles),
  brokerage: z.boolean(),
  meetingLimit: z.number().int().nullable(),
  availability: z.array(period).nullable(),
});
export type EventParticipant = z.infer<typeof eventParticipant>;

export const agendaItem = z.object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string(), title: localizedText });
export const followUp = z.object({
  id: z.uuid(),
  text: localizedText,
  owner: organizationRef,
  ownerPerson: z.object({ id: z.uuid(), fullName: localizedText }).nullable(),
  dueOn: z.string(),
  status: z.enum(followUpStatuses),
});
export type FollowUp = z.infer<typeof followUp>;
export const eventAgreement = z.object({ id: z.uuid(), number: z.string().nullable(), title: localizedText, status: z.string(), signedOn: z.string().nullable() });

export const brokerageSettings = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  slotMinutes: z.number().int(),
  tables: z.number().int(),
  defaultMeetingLimit: z.number().int(),
  breaks: z.array(period),
  scheduledAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const eventDetails = eventSummary.extend({
  description: localizedText,
  participants: z.array(eventParticipant),
  agenda: z.array(agendaItem),
  agreements: z.array(eventAgreement),
  followUps: z.array(followUp),
  brokerage: brokerageSettings.nullable(),
  /** The caller may edit the event, its participants, outcomes and brokerage session. */
  canManage: z.boolean(),
});
export type EventDetails = z.infer<typeof eventDetails>;

export const listEventsQuery = z.object({
  from: isoDate.optional().describe('Events that end on or after this day'),
  to: isoDate.optional().describe('Events that start on or before this day'),
  kind: z.enum(eventKinds).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListEventsQuery = z.infer<typeof listEventsQuery>;
export const eventPage = pageOf(eventSummary);

// ---- writes ----

export const participantInput = z.object({
  organizationId: z.uuid(),
  personId: z.uuid().nullish().transform((v) => v ?? null),
  role: z.enum(participantRoles).default('member'),
  brokerage: z.boolean().default(false),
  meetingLimit: z.number().int().min(0).max(100).nullish().transform((v) => v ?? null),
  availability: z.array(period).max(20).nullish().transform((v) => v ?? null),
}).strict();
export type ParticipantInput = z.infer<typeof participantInput>;
export const updateParticipantInput = z.object({
  role: z.enum(participantRoles),
  brokerage: z.boolean(),
  meetingLimit: z.number().int().min(0).max(100).nullable(),
  availability: z.array(period).max(20).nullable(),
}).partial().strict();
export type UpdateParticipantInput = z.infer<typeof updateParticipantInput>;

export const agendaItemInput = z.object({ startsAt: dateTime, endsAt: dateTime, title: localizedInput(500).refine(hasText, { params: { kind: 'name_required' } }) }).strict();
export const replaceAgendaInput = z.object({ items: z.array(agendaItemInput).max(100) }).strict();
export type AgendaItemInput = z.infer<typeof agendaItemInput>;

const eventFields = {
  kind: z.enum(eventKinds),
  title: localizedInput(500).refine(hasText, { params: { kind: 'name_required' } }),
  description: localizedInput(10_000).default(emptyText),
  place: localizedInput(300).default(emptyText),
  startsAt: dateTime,
  endsAt: dateTime,
  organizerOrganizationId: z.uuid(),
  isPublic: z.boolean().default(false),
};
export const createEventInput = z.object({
  ...eventFields,
  participants: z.array(participantInput).max(500).default([]),
  agenda: z.array(agendaItemInput).max(100).default([]),
}).strict();
export type CreateEventInput = z.infer<typeof createEventInput>;
export const updateEventInput = z.object({
  kind: eventFields.kind,
  title: eventFields.title,
  description: localizedInput(10_000),
  place: localizedInput(300),
  startsAt: dateTime,
  endsAt: dateTime,
  organizerOrganizationId: z.uuid(),
  isPublic: z.boolean(),
}).partial().strict();
export type UpdateEventInput = z.infer<typeof updateEventInput>;

export const linkAgreementsInput = z.object({ agreementIds: z.array(z.uuid()).max(50) }).strict();
export const followUpInput = z.object({
  text: localizedInput(2000).refine(hasText, { params: { kind: 'name_required' } }),
  ownerOrganizationId: z.uuid(),
  ownerPersonId: z.uuid().nullish().transform((v) => v ?? null),
  dueOn: isoDate,
  status: z.enum(followUpStatuses).default('open'),
}).strict();
export type FollowUpInput = z.infer<typeof followUpInput>;
export const updateFollowUpInput = z.object({ status: z.enum(followUpStatuses), dueOn: isoDate, ownerOrganizationId: z.uuid() }).partial().strict();

export const brokerageSettingsInput = z.object({
  startsAt: dateTime,
  endsAt: dateTime,
  slotMinutes: z.number().int().min(5).max(240),
  tables: z.number().int().min(1).max(1000),
  defaultMeetingLimit: z.number().int().min(0).max(100),
  breaks: z.array(period).max(20).default([]),
}).strict();
export type BrokerageSettingsInput = z.infer<typeof brokerageSettingsInput>;

// ---- brokerage ----

export const meetingRequest = z.object({
  id: z.uuid(),
  requesterId: z.uuid(),
  requestedId: z.uuid(),
  message: z.string().nullable(),
  status: z.enum(meetingRequestStatuses),
  createdAt: z.string(),
});
export const meeting = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  participantIds: z.tuple([z.uuid(), z.uuid()]),
  slot: z.number().int(),
  tableNumber: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
});
export type Meeting = z.infer<typeof meeting>;
export const brokerageView = z.object({
  settings: brokerageSettings,
  /** Brokerage participants: who may be asked for a meeting. */
  participants: z.array(eventParticipant),
  /** The participants the caller acts for. */
  myParticipantIds: z.array(z.uuid()),
  requests: z.array(meetingRequest),
  /** Published meetings (all of them for those who manage the event, drafts included). */
  meetings: z.array(meeting),
  slots: z.array(z.object({ index: z.number().int(), startsAt: z.string(), endsAt: z.string() })),
  canManage: z.boolean(),
});
export type BrokerageView = z.infer<typeof brokerageView>;
export const createMeetingRequestInput = z.object({ requesterId: z.uuid(), requestedId: z.uuid(), message: text(1000) }).strict();
export const answerMeetingRequestInput = z.object({ accept: z.boolean() }).strict();
export const scheduleResult = z.object({ met: z.number().int(), unmet: z.number().int(), scheduledAt: z.string() });
export const participantParams = z.object({ id: z.uuid(), participantId: z.uuid() }).strict();
export const requestParams = z.object({ id: z.uuid(), requestId: z.uuid() }).strict();
export const followUpParams = z.object({ id: z.uuid(), followUpId: z.uuid() }).strict();
export const personalSchedule = z.object({
  event: eventSummary,
  participant: eventParticipant,
  published: z.boolean(),
  meetings: z.array(z.object({ startsAt: z.string(), endsAt: z.string(), tableNumber: z.number().int(), with: eventParticipant })),
});
export type PersonalSchedule = z.infer<typeof personalSchedule>;
