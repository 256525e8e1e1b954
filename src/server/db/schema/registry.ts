import { date, index, integer, numeric, pgTable, primaryKey, text, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common';

/** The controlled, hierarchical vocabulary of directions, labelled in ru/en/zh. */
export const directions = pgTable('directions', {
  id: id(),
  code: text('code').notNull().unique(),
  parentId: uuid('parent_id').references((): AnyPgColumn => directions.id),
  labelRu: text('label_ru').notNull(),
  labelEn: text('label_en').notNull(),
  labelZh: text('label_zh').notNull(),
});

export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    nameRu: text('name_ru'),
    nameEn: text('name_en'),
    nameZh: text('name_zh'),
    shortNameRu: text('short_name_ru'),
    shortNameEn: text('short_name_en'),
    shortNameZh: text('short_name_zh'),
    kind: text('kind').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    region: text('region'),
    city: text('city'),
    website: text('website'),
    descriptionRu: text('description_ru'),
    descriptionEn: text('description_en'),
    descriptionZh: text('description_zh'),
    sizeBand: text('size_band'),
    foundedYear: integer('founded_year'),
    visibility: text('visibility').notNull().default('public'),
    /** Private figures: only the organization's members, its parks' managers, coordinators, admins. */
    headcount: integer('headcount'),
    revenueRub: numeric('revenue_rub', { precision: 20, scale: 2, mode: 'number' }),
    exportsRub: numeric('exports_rub', { precision: 20, scale: 2, mode: 'number' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('organizations_kind_idx').on(t.kind), index('organizations_country_idx').on(t.country)],
);

export const organizationDirections = pgTable(
  'organization_directions',
  {
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    directionId: uuid('direction_id').notNull().references(() => directions.id),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.directionId] })],
);

/** Organization X is an applicant / resident / former resident of ecosystem P. History is kept. */
export const ecosystemMemberships = pgTable(
  'ecosystem_memberships',
  {
    id: id(),
    ecosystemId: uuid('ecosystem_id').notNull().references(() => organizations.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    residentType: text('resident_type'),
    dateFrom: date('date_from'),
    dateTo: date('date_to'),
    registrationNumber: text('registration_number'),
    createdAt: createdAt(),
  },
  (t) => [
    index('memberships_ecosystem_idx').on(t.ecosystemId),
    index('memberships_organization_idx').on(t.organizationId),
    unique('memberships_unique_period').on(t.ecosystemId, t.organizationId, t.dateFrom),
  ],
);

export const persons = pgTable('persons', {
  id: id(),
  fullNameRu: text('full_name_ru'),
  fullNameEn: text('full_name_en'),
  fullNameZh: text('full_name_zh'),
  organizationId: uuid('organization_id').references(() => organizations.id),
  positionRu: text('position_ru'),
  positionEn: text('position_en'),
  positionZh: text('position_zh'),
  createdAt: createdAt(),
});
