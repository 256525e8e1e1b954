import { z } from 'zod';
import { agreementDocumentKinds, agreementKinds, agreementRelationKinds, agreementStatuses, healthStates, obligationShownStatuses, obligationStatuses, partyRoles } from '../domain';
import { isoDate, listQuery, localizedText, pageOf, timestamp } from './common';
import { directionRef, organizationSummary } from './registry';

export const agreementParty = z.object({ organization: organizationSummary, role: z.enum(partyRoles) });

export const signatory = z.object({
  personId: z.uuid(),
  fullName: localizedText,
  position: localizedText,
  partyOrganizationId: z.uuid(),
});

export const agreementHealth = z.object({
  state: z.enum(healthStates),
  obligationCount: z.number().int(),
  doneCount: z.number().int(),
  overdueCount: z.number().int(),
  shareDoneOnTime: z.number().nullable(),
  daysToNextDeadline: z.number().int().nullable(),
  maxOverdueDays: z.number().int(),
});

export const agreementRef = z.object({ id: z.uuid(), number: z.string().nullable(), title: localizedText, status: z.enum(agreementStatuses) });
export type AgreementRef = z.infer<typeof agreementRef>;

export const agreementRelation = z.object({
  kind: z.enum(agreementRelationKinds),
  /** outgoing: this agreement supersedes / is an annex of the other; incoming: the other one of this. */
  direction: z.enum(['outgoing', 'incoming']),
  agreement: agreementRef,
});

/**
 * An agreement as its reader may see it. Anonymous readers get the published summary only:
 * no signatories, goals, relations or health (those fields come empty or null).
 */
export const agreement = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  kind: z.enum(agreementKinds),
  title: localizedText,
  summary: localizedText,
  goals: localizedText,
  signedOn: z.string().nullable(),
  place: localizedText,
  occasion: localizedText,
  status: z.enum(agreementStatuses),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable().describe('Null: valid indefinitely'),
  autoRenewal: z.boolean(),
  terminationReason: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  confidential: z.boolean(),
  parties: z.array(agreementParty),
  signatories: z.array(signatory),
  directions: z.array(directionRef),
  relations: z.array(agreementRelation),
  health: agreementHealth.nullable(),
});
export type Agreement = z.infer<typeof agreement>;

export const agreementSortKeys = ['signedOn', 'number', 'title'] as const;
export const agreementFilters = z.object({
  status: z.enum(agreementStatuses).optional(),
  kind: z.enum(agreementKinds).optional(),
  /** A party of the agreement. */
  organizationId: z.uuid().optional(),
  /** A party that is the ecosystem or one of its residents. */
  ecosystemId: z.uuid().optional(),
  /** A direction and everything below it in the taxonomy. */
  directionId: z.uuid().optional(),
  signedFrom: isoDate.optional(),
  signedTo: isoDate.optional(),
  health: z.enum(healthStates).optional(),
});
export const listAgreementsQuery = listQuery(agreementSortKeys).extend(agreementFilters.shape);
export type ListAgreementsQuery = z.infer<typeof listAgreementsQuery>;
export const agreementPage = pageOf(agreement);

// ---- writes ----

const text = (max: number) => z.string().trim().max(max).nullish().transform((value) => (value ? value : null));
const localizedInput = (max: number) => z.object({ ru: text(max), en: text(max), zh: text(max) }).strict();
const emptyText = { ru: null, en: null, zh: null };
const hasText = (value: { ru: string | null; en: string | null; zh: string | null }) => Boolean(value.ru || value.en || value.zh);

export const partyInput = z.object({ organizationId: z.uuid(), role: z.enum(partyRoles).default('party') }).strict();
export const signatoryInput = z.object({ personId: z.uuid(), partyOrganizationId: z.uuid() }).strict();
export const relationInput = z.object({ agreementId: z.uuid(), kind: z.enum(agreementRelationKinds) }).strict();

export const obligationInput = z
  .object({
    text: localizedInput(2000).refine(hasText, { params: { kind: 'name_required' } }),
    responsibleOrganizationId: z.uuid().nullish().transform((v) => v ?? null),
    startsOn: isoDate.nullish().transform((v) => v ?? null),
    dueOn: isoDate,
  })
  .strict();
export type ObligationInput = z.infer<typeof obligationInput>;

const agreementFields = {
  number: text(100),
  kind: z.enum(agreementKinds),
  title: localizedInput(1000).refine(hasText, { params: { kind: 'name_required' } }),
  summary: localizedInput(10_000).default(emptyText),
  goals: localizedInput(10_000).default(emptyText),
  signedOn: isoDate.nullish().transform((v) => v ?? null),
  place: localizedInput(300).default(emptyText),
  occasion: localizedInput(1000).default(emptyText),
  validFrom: isoDate.nullish().transform((v) => v ?? null),
  validTo: isoDate.nullish().transform((v) => v ?? null),
  autoRenewal: z.boolean().default(false),
  confidential: z.boolean().default(false),
  parties: z.array(partyInput).min(1).max(30),
  signatories: z.array(signatoryInput).max(30).default([]),
  directionIds: z.array(z.uuid()).max(30).default([]),
  relations: z.array(relationInput).max(30).default([]),
};

export const createAgreementInput = z
  .object({
    ...agreementFields,
    /** A signed agreement may be registered as signed or active straight away. */
    status: z.enum(['draft', 'signed', 'active']).default('draft'),
    obligations: z.array(obligationInput).max(200).default([]),
  })
  .strict();
export type CreateAgreementInput = z.infer<typeof createAgreementInput>;

export const updateAgreementInput = z
  .object({
    number: agreementFields.number,
    kind: agreementFields.kind,
    title: agreementFields.title,
    summary: localizedInput(10_000),
    goals: localizedInput(10_000),
    signedOn: agreementFields.signedOn,
    place: localizedInput(300),
    occasion: localizedInput(1000),
    validFrom: agreementFields.validFrom,
    validTo: agreementFields.validTo,
    autoRenewal: z.boolean(),
    confidential: z.boolean(),
    parties: agreementFields.parties,
    signatories: z.array(signatoryInput).max(30),
    directionIds: z.array(z.uuid()).max(30),
    relations: z.array(relationInput).max(30),
  })
  .partial()
  .strict();
export type UpdateAgreementInput = z.infer<typeof updateAgreementInput>;

export const changeAgreementStatusInput = z
  .object({
    status: z.enum(agreementStatuses),
    /** Required to terminate. */
    reason: z.string().trim().max(2000).optional(),
    /** The day of the change (termination date); today by default. */
    on: isoDate.optional(),
  })
  .strict();
export type ChangeAgreementStatusInput = z.infer<typeof changeAgreementStatusInput>;

// ---- documents ----

export const documentVersion = z.object({
  id: z.uuid(),
  version: z.number().int(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: timestamp,
  uploadedBy: z.string().nullable(),
});
export const agreementDocument = z.object({
  id: z.uuid(),
  kind: z.enum(agreementDocumentKinds),
  title: z.string(),
  createdAt: timestamp,
  versions: z.array(documentVersion).describe('Newest first'),
});
export type AgreementDocument = z.infer<typeof agreementDocument>;
export const agreementDocumentList = z.object({ items: z.array(agreementDocument) });

export const uploadDocumentQuery = z.object({
  kind: z.enum(agreementDocumentKinds).default('other'),
  title: z.string().trim().min(1).max(300).optional(),
  fileName: z.string().trim().min(1).max(255),
}).strict();
export const uploadVersionQuery = z.object({ fileName: z.string().trim().min(1).max(255) }).strict();
export const documentVersionParams = z.object({ id: z.uuid(), documentId: z.uuid(), version: z.coerce.number().int().min(1).max(1_000_000) }).strict();
export const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() }).strict();

// ---- roadmap ----

export const obligationComment = z.object({ id: z.uuid(), author: z.string(), text: z.string(), createdAt: timestamp });

export const obligation = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  position: z.number().int(),
  text: localizedText,
  responsibleOrganization: organizationSummary.nullable(),
  startsOn: z.string().nullable(),
  dueOn: z.string(),
  /** The stored status, except that an open obligation past its due date reads "overdue". */
  status: z.enum(obligationShownStatuses),
  storedStatus: z.enum(obligationStatuses),
  doneOn: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  evidenceDocumentId: z.uuid().nullable(),
  evidenceNote: z.string().nullable(),
  comments: z.array(obligationComment),
  /** Whether the caller may report progress on it (status and evidence). */
  canReport: z.boolean(),
});
export type Obligation = z.infer<typeof obligation>;
export const obligationList = z.object({
  items: z.array(obligation),
  health: agreementHealth,
  /** What the caller may do with this agreement: manage it (edit, roadmap, status), contribute (documents, comments). */
  permissions: z.object({ manage: z.boolean(), contribute: z.boolean() }),
});
export type ObligationList = z.infer<typeof obligationList>;

export const obligationParams = z.object({ id: z.uuid(), obligationId: z.uuid() }).strict();

export const updateObligationInput = z
  .object({
    text: obligationInput.shape.text,
    responsibleOrganizationId: z.uuid().nullable(),
    startsOn: isoDate.nullable(),
    dueOn: isoDate,
    status: z.enum(obligationStatuses),
    doneOn: isoDate.nullable(),
    evidenceUrl: z.url({ protocol: /^https?$/ }).max(1000).nullable(),
    evidenceDocumentId: z.uuid().nullable(),
    evidenceNote: z.string().trim().max(2000).nullable(),
  })
  .partial()
  .strict();
export type UpdateObligationInput = z.infer<typeof updateObligationInput>;

export const addCommentInput = z.object({ text: z.string().trim().min(1).max(4000) }).strict();
export type AddCommentInput = z.infer<typeof addCommentInput>;

// ---- deadlines and calendar feeds ----

export const deadline = z.object({
  obligation: obligation.omit({ comments: true, canReport: true }),
  agreement: agreementRef,
  /** Negative: days overdue. */
  daysLeft: z.number().int(),
});
export type Deadline = z.infer<typeof deadline>;
export const deadlinesQuery = z.object({ days: z.coerce.number().int().min(1).max(365).default(30), limit: z.coerce.number().int().min(1).max(100).default(20) }).strict();
export const deadlinesResponse = z.object({ overdue: z.array(deadline), upcoming: z.array(deadline), overdueTotal: z.number().int(), upcomingTotal: z.number().int() });
export type DeadlinesResponse = z.infer<typeof deadlinesResponse>;

export const calendarFeed = z.object({
  id: z.uuid(),
  agreement: agreementRef.nullable(),
  createdAt: timestamp,
  /** Present only in the answer that creates the feed: the token is not kept. */
  url: z.string().optional(),
});
export type CalendarFeed = z.infer<typeof calendarFeed>;
export const calendarFeedList = z.object({ items: z.array(calendarFeed) });
export const createCalendarFeedInput = z.object({ agreementId: z.uuid().nullish() }).strict();

export const exportFormatQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
