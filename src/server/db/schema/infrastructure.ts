import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common';
import { storedFiles } from './files';
import { users } from './identity';
import { ecosystemMemberships, organizations } from './registry';

/** What an ecosystem offers investors and residents: offices, warehouses, sites, land, hotels, housing. */
export const infrastructureObjects = pgTable(
  'infrastructure_objects',
  {
    id: id(),
    ecosystemId: uuid('ecosystem_id').notNull().references(() => organizations.id),
    type: text('type').notNull(),
    nameRu: text('name_ru'),
    nameEn: text('name_en'),
    nameZh: text('name_zh'),
    addressRu: text('address_ru'),
    addressEn: text('address_en'),
    addressZh: text('address_zh'),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** The area as the park states it (m² or ha)… */
    area: numeric('area', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    areaUnit: text('area_unit').notNull(),
    /** …and in square metres, so that one filter and one sum cover both. */
    areaM2: numeric('area_m2', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    /** Rooms, workplaces or beds, where the type has them. */
    capacity: integer('capacity'),
    powerKw: numeric('power_kw', { precision: 12, scale: 1, mode: 'number' }),
    utilities: text('utilities').array().notNull().default(sql`'{}'::text[]`),
    price: numeric('price', { precision: 14, scale: 2, mode: 'number' }),
    currency: text('currency'),
    priceUnit: text('price_unit'),
    pricePeriod: text('price_period'),
    dealType: text('deal_type').notNull(),
    conditionsRu: text('conditions_ru'),
    conditionsEn: text('conditions_en'),
    conditionsZh: text('conditions_zh'),
    taxRegimeRu: text('tax_regime_ru'),
    taxRegimeEn: text('tax_regime_en'),
    taxRegimeZh: text('tax_regime_zh'),
    availableFrom: date('available_from'),
    unitsFree: integer('units_free'),
    descriptionRu: text('description_ru'),
    descriptionEn: text('description_en'),
    descriptionZh: text('description_zh'),
    status: text('status').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('infrastructure_objects_ecosystem_idx').on(t.ecosystemId, t.status),
    index('infrastructure_objects_type_idx').on(t.type),
    // The rules hold in the database too, whatever writes the row.
    check('infrastructure_objects_latitude_range', sql`${t.latitude} between -90 and 90`),
    check('infrastructure_objects_longitude_range', sql`${t.longitude} between -180 and 180`),
    check('infrastructure_objects_area_positive', sql`${t.area} > 0 and ${t.areaM2} > 0`),
    check('infrastructure_objects_price_not_negative', sql`${t.price} is null or ${t.price} >= 0`),
    check('infrastructure_objects_units_not_negative', sql`(${t.unitsFree} is null or ${t.unitsFree} >= 0) and (${t.capacity} is null or ${t.capacity} >= 0)`),
  ],
);

/** Photos of an object, stored like logos (stored_files), in the order the park chose. */
export const infrastructurePhotos = pgTable(
  'infrastructure_photos',
  {
    id: id(),
    objectId: uuid('object_id').notNull().references(() => infrastructureObjects.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id').notNull().references(() => storedFiles.id),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('infrastructure_photos_object_idx').on(t.objectId, t.position)],
);

/**
 * Each status an object has had, with its area at the time: occupancy over time is read from here,
 * since the object row only knows the present.
 */
export const infrastructureStatusHistory = pgTable(
  'infrastructure_status_history',
  {
    id: id(),
    objectId: uuid('object_id').notNull().references(() => infrastructureObjects.id, { onDelete: 'cascade' }),
    ecosystemId: uuid('ecosystem_id').notNull().references(() => organizations.id),
    status: text('status').notNull(),
    areaM2: numeric('area_m2', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    changedOn: date('changed_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('infrastructure_status_history_ecosystem_idx').on(t.ecosystemId, t.changedOn)],
);

/** An investor asking a park for space or a site, signed in or anonymous with a contact and a consent. */
export const investorRequests = pgTable(
  'investor_requests',
  {
    id: id(),
    ecosystemId: uuid('ecosystem_id').notNull().references(() => organizations.id),
    /** The catalog object the request started from, if any. */
    objectId: uuid('object_id').references(() => infrastructureObjects.id, { onDelete: 'set null' }),
    requesterUserId: uuid('requester_user_id').references(() => users.id),
    /** Null once erased: the person withdrew their consent (152-FZ); `erasedAt` tells when. */
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    companyName: text('company_name'),
    wantedType: text('wanted_type'),
    areaMinM2: numeric('area_min_m2', { precision: 16, scale: 2, mode: 'number' }),
    areaMaxM2: numeric('area_max_m2', { precision: 16, scale: 2, mode: 'number' }),
    /** Free text written by the person: erased with the contact, since it may well name them. */
    message: text('message'),
    /** 152-FZ: when the person consented to the processing of their data, and to which wording. */
    consentGivenAt: timestamp('consent_given_at', { withTimezone: true }).notNull(),
    consentWording: text('consent_wording').notNull(),
    /** SHA-256 of the private token handed to the sender, with which they may withdraw the consent themselves. */
    withdrawalTokenHash: text('withdrawal_token_hash').unique(),
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    /** Who recorded the withdrawal: the sender with their token, or the park's manager on their word. */
    consentWithdrawnBy: text('consent_withdrawn_by'),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    language: text('language').notNull(),
    status: text('status').notNull().default('new'),
    declineReason: text('decline_reason'),
    residentOrganizationId: uuid('resident_organization_id').references(() => organizations.id),
    /** The register entry the outcome made or found: the request and the register tell one story. */
    residentMembershipId: uuid('resident_membership_id').references(() => ecosystemMemberships.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('investor_requests_ecosystem_idx').on(t.ecosystemId, t.status, t.createdAt),
    // Only an erasure empties the contact: a live request always says who to answer.
    check('investor_requests_contact_unless_erased', sql`${t.erasedAt} is not null or (${t.contactName} is not null and ${t.contactEmail} is not null and ${t.message} is not null)`),
    check('investor_requests_area_not_negative', sql`(${t.areaMinM2} is null or ${t.areaMinM2} >= 0) and (${t.areaMaxM2} is null or ${t.areaMaxM2} >= 0)`),
  ],
);

/** The park's answers to a request, each with the catalog objects it proposes. */
export const investorRequestResponses = pgTable(
  'investor_request_responses',
  {
    id: id(),
    requestId: uuid('request_id').notNull().references(() => investorRequests.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id),
    message: text('message').notNull(),
    proposedObjectIds: uuid('proposed_object_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
  },
  (t) => [index('investor_request_responses_request_idx').on(t.requestId, t.createdAt)],
);
