import { boolean, date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common';
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
