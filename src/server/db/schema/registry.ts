import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common';
import { storedFiles } from './files';
import { residentTypes } from '../../../shared/resident-types';
import { organizationNamesVector } from '../search-expressions';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The controlled, hierarchical vocabulary of directions, labelled in ru/en/zh. */
export const directions = pgTable('directions', {
  id: id(),
  code: text('code').notNull().unique(),
  parentId: uuid('parent_id').references((): AnyPgColumn => directions.id),
  labelRu: text('label_ru').notNull(),
  labelEn: text('label_en').notNull(),
  labelZh: text('label_zh').notNull(),
  descriptionRu: text('description_ru'),
  descriptionEn: text('description_en'),
  descriptionZh: text('description_zh'),
  /** OECD Fields of R&D (FORD) code, e.g. 1.06 or 2.09. */
  fordCode: text('ford_code'),
  /** ОКВЭД2 / NACE Rev. 2 section letter when the direction is an industry. */
  okvedSection: text('okved_section'),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
  /** The labels' words, kept for every search that asks which directions a query names. */
  labelVectorRu: tsvector('label_vector_ru').generatedAlwaysAs(sql`to_tsvector('russian', label_ru)`),
  labelVectorEn: tsvector('label_vector_en').generatedAlwaysAs(sql`to_tsvector('english', label_en)`),
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
    /** The city in Russian (or as written locally); cityEn and cityZh are its other forms. */
    city: text('city'),
    cityEn: text('city_en'),
    cityZh: text('city_zh'),
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
    logoFileId: uuid('logo_file_id').references((): AnyPgColumn => storedFiles.id),
    /** A stable id from an outside register, for idempotent re-imports without a national identifier. */
    externalId: text('external_id').unique(),
    /** Chinese words of the names and descriptions, segmented by the app, for the `simple` text search. */
    searchTermsZh: text('search_terms_zh'),
    /** All names transliterated to Latin, lower case, for trigram matching across scripts. */
    nameLatin: text('name_latin'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('russian', coalesce(name_ru, '') || ' ' || coalesce(short_name_ru, '')), 'A')
        || setweight(to_tsvector('english', coalesce(name_en, '') || ' ' || coalesce(short_name_en, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(search_terms_zh, '')), 'B')
        || setweight(to_tsvector('russian', coalesce(description_ru, '')), 'C')
        || setweight(to_tsvector('english', coalesce(description_en, '')), 'C')`,
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The list's sort keys with the id tie-break, so a page (and a keyset's next page) is read in order.
    index('organizations_kind_idx').on(t.kind, t.id),
    index('organizations_country_idx').on(t.country),
    index('organizations_country_sort_idx').on(sql`coalesce(${t.country}, '')`, t.id),
    index('organizations_display_name_idx').on(sql`coalesce(${t.nameRu}, ${t.nameEn}, ${t.nameZh})`, t.id),
    index('organizations_search_idx').using('gin', t.searchVector),
    // The names' words alone (the A part of search_vector): a broad search ranks only these hits (ADR 041).
    index('organizations_name_search_idx').using('gin', organizationNamesVector(t)),
    index('organizations_name_latin_trgm_idx').using('gin', sql`${t.nameLatin} gin_trgm_ops`),
  ],
);

/** National identifiers (ИНН, ОГРН/ОГРНИП, УНП, USCC), validated by checksum, unique per country and scheme. */
export const organizationIdentifiers = pgTable(
  'organization_identifiers',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
    scheme: text('scheme').notNull(),
    value: text('value').notNull(),
  },
  (t) => [unique('organization_identifiers_unique').on(t.country, t.scheme, t.value), index('organization_identifiers_org_idx').on(t.organizationId)],
);

/** ОКВЭД2 codes of an organization: one main, any number of additional. */
export const organizationActivityCodes = pgTable(
  'organization_activity_codes',
  {
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    isMain: boolean('is_main').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.code] })],
);

export const organizationDirections = pgTable(
  'organization_directions',
  {
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    directionId: uuid('direction_id').notNull().references(() => directions.id),
  },
  // The search finds organizations by direction: the primary key leads with the organization.
  (t) => [primaryKey({ columns: [t.organizationId, t.directionId] }), index('organization_directions_direction_idx').on(t.directionId)],
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
    updatedAt: updatedAt(),
  },
  (t) => [
    index('memberships_ecosystem_idx').on(t.ecosystemId),
    index('memberships_organization_idx').on(t.organizationId),
    unique('memberships_unique_period').on(t.ecosystemId, t.organizationId, t.dateFrom),
    // The vocabulary of src/shared/resident-types.ts; the API checks first and answers with a code.
    check('memberships_resident_type_known', sql`${t.residentType} is null or ${t.residentType} in (${sql.raw(residentTypes.map((type) => `'${type}'`).join(', '))})`),
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
  email: text('email'),
  phone: text('phone'),
  /** Languages the person speaks (ISO 639-1). */
  languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
  /** Set when consent is withdrawn: personal fields are erased and the row stays as a tombstone. */
  erasedAt: timestamp('erased_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Consents under 152-FZ: to processing (required to keep a contact) and to dissemination
 * (required to show it outside the network). Withdrawal is a date, never a deletion.
 */
export const personConsents = pgTable(
  'person_consents',
  {
    id: id(),
    personId: uuid('person_id').notNull().references(() => persons.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    purpose: text('purpose').notNull(),
    scope: text('scope').notNull(),
    givenOn: date('given_on').notNull(),
    source: text('source').notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('person_consents_person_idx').on(t.personId)],
);

/**
 * One row counting committed changes to what the registry's lists and searches read
 * (organizations, their identifiers, directions and memberships, the direction taxonomy). Bumped by
 * deferred triggers just before a writing transaction commits (migration 0012), so any process can
 * tell with one cheap read whether a total it remembers is still true (ADR 029).
 */
export const registryGeneration = pgTable(
  'registry_generation',
  {
    id: integer('id').primaryKey().default(1),
    value: bigint('value', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('registry_generation_single_row', sql`${t.id} = 1`)],
);
