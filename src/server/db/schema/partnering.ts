import { sql } from 'drizzle-orm';
import { boolean, customType, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agreements } from './agreements';
import { createdAt, id, updatedAt } from './common';
import { users } from './identity';
import { directions, organizations } from './registry';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Offers and requests of organizations: technology, business, R&D cooperation, investment. */
export const partneringProfiles = pgTable(
  'partnering_profiles',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    type: text('type').notNull(),
    status: text('status').notNull().default('draft'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    /** The language the texts are written in (ru, en, zh): detected, the author may override it. */
    language: text('language').notNull(),
    keywords: text('keywords').array().notNull().default(sql`'{}'`),
    trl: integer('trl'),
    ipStatus: text('ip_status'),
    partnershipTypes: text('partnership_types').array().notNull().default(sql`'{}'`),
    targetCountries: text('target_countries').array().notNull().default(sql`'{}'`),
    targetEcosystemIds: uuid('target_ecosystem_ids').array().notNull().default(sql`'{}'`),
    dealSizeBand: text('deal_size_band'),
    expiresOn: date('expires_on'),
    attachmentFileIds: uuid('attachment_file_ids').array().notNull().default(sql`'{}'`),
    anonymous: boolean('anonymous').notNull().default(false),
    /** Glossary concepts found in the texts at the last save: the cross-language index of matching. */
    concepts: text('concepts').array().notNull().default(sql`'{}'`),
    /** The directions with all their ancestors, for candidates sharing a branch of the taxonomy. */
    directionClosure: uuid('direction_closure').array().notNull().default(sql`'{}'`),
    /** Title, summary, description and keywords as one text; Chinese cut into words by the app. */
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`case language when 'ru' then to_tsvector('russian', search_text) when 'en' then to_tsvector('english', search_text) else to_tsvector('simple', search_text) end`,
    ),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The expiry date the owner was last reminded of: one reminder per expiry, a renewal starts a new one. */
    renewalRemindedFor: date('renewal_reminded_for'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('partnering_profiles_organization_idx').on(t.organizationId),
    index('partnering_profiles_status_type_idx').on(t.status, t.type),
    index('partnering_profiles_search_idx').using('gin', t.searchVector),
    index('partnering_profiles_concepts_idx').using('gin', t.concepts),
    index('partnering_profiles_direction_closure_idx').using('gin', t.directionClosure),
  ],
);

/**
 * What the matcher's candidate pool reads of each published profile, and nothing else (ADR 039): a
 * narrow copy kept by a trigger on `partnering_profiles` in the same statement as every write (a row
 * while the profile is published, none otherwise), so the pool ranks thousands of candidates without
 * reading their texts. Its two GIN indexes (over the typed terms and the typed words, see the
 * migration) are written through (no pending list), so that a read never scans unsorted entries.
 */
export const partneringMatchProfiles = pgTable('partnering_match_profiles', {
  profileId: uuid('profile_id').primaryKey().references(() => partneringProfiles.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id').notNull(),
  type: text('type').notNull(),
  language: text('language').notNull(),
  expiresOn: date('expires_on'),
  trl: integer('trl'),
  partnershipTypes: text('partnership_types').array().notNull(),
  targetCountries: text('target_countries').array().notNull(),
  targetEcosystemIds: uuid('target_ecosystem_ids').array().notNull(),
  concepts: text('concepts').array().notNull(),
  directionClosure: uuid('direction_closure').array().notNull(),
  /** The stemmed words of the profile's search vector. */
  lexemes: text('lexemes').array().notNull(),
});

export const partneringProfileDirections = pgTable(
  'partnering_profile_directions',
  {
    profileId: uuid('profile_id').notNull().references(() => partneringProfiles.id, { onDelete: 'cascade' }),
    directionId: uuid('direction_id').notNull().references(() => directions.id),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.directionId] }), index('partnering_profile_directions_direction_idx').on(t.directionId)],
);

/** Every quality review, kept: the author sees the scores and comments of the last one. */
export const partneringReviews = pgTable(
  'partnering_reviews',
  {
    id: id(),
    profileId: uuid('profile_id').notNull().references(() => partneringProfiles.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    innovation: integer('innovation').notNull(),
    clarity: integer('clarity').notNull(),
    expectations: integer('expectations').notNull(),
    completeness: integer('completeness').notNull(),
    comment: text('comment'),
    /** published or returned. */
    decision: text('decision').notNull(),
    /** The thresholds in force when the decision was taken. */
    thresholds: jsonb('thresholds').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('partnering_reviews_profile_idx').on(t.profileId, t.createdAt)],
);

/** Configurable review thresholds: one row per key (key 'review'). */
export const partneringSettings = pgTable('partnering_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
});

/** Terms administrators add to the shipped glossary: one term of one concept in one language. */
export const partneringGlossaryTerms = pgTable(
  'partnering_glossary_terms',
  {
    id: id(),
    concept: text('concept').notNull(),
    language: text('language').notNull(),
    term: text('term').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('partnering_glossary_terms_unique').on(t.concept, t.language, t.term)],
);

/**
 * An expression of interest and its way through the funnel: sent → introduced → meeting →
 * agreement / project / closed. Anonymous profiles receive it through an intermediary.
 */
export const partneringInterests = pgTable(
  'partnering_interests',
  {
    id: id(),
    fromProfileId: uuid('from_profile_id').notNull().references(() => partneringProfiles.id),
    toProfileId: uuid('to_profile_id').notNull().references(() => partneringProfiles.id),
    fromOrganizationId: uuid('from_organization_id').notNull().references(() => organizations.id),
    toOrganizationId: uuid('to_organization_id').notNull().references(() => organizations.id),
    message: text('message').notNull(),
    /** owner, or intermediary when the receiving profile is anonymous. */
    routedTo: text('routed_to').notNull(),
    status: text('status').notNull().default('sent'),
    introducedAt: timestamp('introduced_at', { withTimezone: true }),
    introductionNote: text('introduction_note'),
    meetingOn: date('meeting_on'),
    meetingFormat: text('meeting_format'),
    meetingNotes: text('meeting_notes'),
    meetingRecordedAt: timestamp('meeting_recorded_at', { withTimezone: true }),
    agreementId: uuid('agreement_id').references(() => agreements.id),
    projectLink: text('project_link'),
    closedReason: text('closed_reason'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('partnering_interests_to_idx').on(t.toOrganizationId),
    index('partnering_interests_from_idx').on(t.fromOrganizationId),
    // One open expression of interest per pair of profiles; a closed one may be followed by another.
    uniqueIndex('partnering_interests_open_pair').on(t.fromProfileId, t.toProfileId).where(sql`status in ('sent', 'introduced', 'meeting')`),
  ],
);

/** Match views, for the funnel's "matches viewed" step: one row per viewer profile, matched profile and day. */
export const partneringMatchViews = pgTable(
  'partnering_match_views',
  {
    profileId: uuid('profile_id').notNull().references(() => partneringProfiles.id, { onDelete: 'cascade' }),
    matchedProfileId: uuid('matched_profile_id').notNull().references(() => partneringProfiles.id, { onDelete: 'cascade' }),
    viewedOn: date('viewed_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.matchedProfileId, t.viewedOn] })],
);

/**
 * The daily digest of new matches (ADR 033): each pair a profile's matching has ever shown its side,
 * kept once, so that a match is "new" exactly once; seen when the organization's side marks it so.
 */
export const partneringDigestMatches = pgTable(
  'partnering_digest_matches',
  {
    profileId: uuid('profile_id').notNull().references(() => partneringProfiles.id, { onDelete: 'cascade' }),
    matchedProfileId: uuid('matched_profile_id').notNull().references(() => partneringProfiles.id, { onDelete: 'cascade' }),
    /** The organization of `profileId`: whose dashboard shows the match. */
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    score: doublePrecision('score').notNull(),
    foundOn: date('found_on').notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.matchedProfileId] }), index('partnering_digest_matches_organization_idx').on(t.organizationId, t.seenAt)],
);
