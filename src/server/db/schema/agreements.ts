import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common';
import { storedFiles } from './files';
import { users } from './identity';
import { directions, organizations, persons } from './registry';

export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    number: text('number'),
    kind: text('kind').notNull(),
    titleRu: text('title_ru'),
    titleEn: text('title_en'),
    titleZh: text('title_zh'),
    summaryRu: text('summary_ru'),
    summaryEn: text('summary_en'),
    summaryZh: text('summary_zh'),
    signedOn: date('signed_on'),
    placeRu: text('place_ru'),
    placeEn: text('place_en'),
    placeZh: text('place_zh'),
    /** Free text until the events module links agreements to events. */
    occasionRu: text('occasion_ru'),
    occasionEn: text('occasion_en'),
    occasionZh: text('occasion_zh'),
    status: text('status').notNull().default('draft'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    /** Renews itself at the end of its validity unless a party objects. */
    autoRenewal: boolean('auto_renewal').notNull().default(false),
    goalsRu: text('goals_ru'),
    goalsEn: text('goals_en'),
    goalsZh: text('goals_zh'),
    /** Set when the agreement leaves the lifecycle early: the reason is required then. */
    terminationReason: text('termination_reason'),
    terminatedOn: date('terminated_on'),
    confidential: boolean('confidential').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('agreements_status_idx').on(t.status)],
);

export const agreementParties = pgTable(
  'agreement_parties',
  {
    agreementId: uuid('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    role: text('role').notNull().default('party'),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.organizationId] }), index('agreement_parties_org_idx').on(t.organizationId)],
);

export const agreementSignatories = pgTable(
  'agreement_signatories',
  {
    agreementId: uuid('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => persons.id),
    partyOrganizationId: uuid('party_organization_id').notNull().references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.personId] })],
);

export const agreementDirections = pgTable(
  'agreement_directions',
  {
    agreementId: uuid('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    directionId: uuid('direction_id').notNull().references(() => directions.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.directionId] })],
);

/** Links between agreements: this one supersedes the other, or is an annex of it. */
export const agreementRelations = pgTable(
  'agreement_relations',
  {
    agreementId: uuid('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    relatedAgreementId: uuid('related_agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.relatedAgreementId] })],
);

/** A document of an agreement (the signed text, an annex, a scan); its files are its versions. */
export const agreementDocuments = pgTable(
  'agreement_documents',
  {
    id: id(),
    agreementId: uuid('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('agreement_documents_agreement_idx').on(t.agreementId)],
);

export const agreementDocumentVersions = pgTable(
  'agreement_document_versions',
  {
    id: id(),
    documentId: uuid('document_id').notNull().references(() => agreementDocuments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fileId: uuid('file_id').notNull().references(() => storedFiles.id),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('agreement_document_versions_unique').on(t.documentId, t.version)],
);

/**
 * The roadmap: what each party promised and by when. "Overdue" is not stored — it is an open
 * obligation whose due date has passed, decided at read time against the clock.
 */
export const agreementObligations = pgTable(
  'agreement_obligations',
  {
    id: id(),
    agreementId: uuid('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    textRu: text('text_ru'),
    textEn: text('text_en'),
    textZh: text('text_zh'),
    responsibleOrganizationId: uuid('responsible_organization_id').references(() => organizations.id),
    /** An obligation over a period starts here; a one-off one has only the due date. */
    startsOn: date('starts_on'),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('planned'),
    doneOn: date('done_on'),
    evidenceUrl: text('evidence_url'),
    evidenceDocumentId: uuid('evidence_document_id').references(() => agreementDocuments.id, { onDelete: 'set null' }),
    evidenceNote: text('evidence_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('agreement_obligations_agreement_idx').on(t.agreementId), index('agreement_obligations_due_idx').on(t.dueOn)],
);

export const obligationComments = pgTable(
  'obligation_comments',
  {
    id: id(),
    obligationId: uuid('obligation_id').notNull().references(() => agreementObligations.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('obligation_comments_obligation_idx').on(t.obligationId)],
);

/**
 * Private calendar feeds: a calendar app fetches the URL without signing in, so the URL holds a
 * token (only its hash is kept). A feed answers with what its owner may see at the time of the
 * fetch; one without an agreement is the owner's personal feed of every agreement they see.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    agreementId: uuid('agreement_id').references(() => agreements.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash), index('calendar_feeds_user_idx').on(t.userId)],
);
