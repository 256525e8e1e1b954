import { z } from 'zod';
import {
  dealSizeBands, ipStatuses, partnershipTypes, profileLimits, profileStatuses, profileTypes, reviewCriteria, textLanguages,
} from '../partnering';
import { precheckCodes } from '../partnering-prechecks';
import { isoDate, pageOf, timestamp } from './common';
import { directionRef } from './registry';

const text = (max: number) => z.string().trim().max(max);
const country = z.string().regex(/^[A-Z]{2}$/);

/** What the author writes; a draft may be incomplete, the pre-checks tell what is missing. */
export const profileFields = z.object({
  type: z.enum(profileTypes),
  title: text(profileLimits.title).min(1),
  summary: text(profileLimits.summary).default(''),
  description: text(profileLimits.description).default(''),
  /** Detected from the texts when left out. */
  language: z.enum(textLanguages).optional(),
  directionIds: z.array(z.uuid()).max(10).default([]),
  keywords: z.array(text(profileLimits.keyword).min(1)).max(profileLimits.keywords).default([]),
  trl: z.number().int().min(1).max(9).nullable().default(null),
  ipStatus: z.enum(ipStatuses).nullable().default(null),
  partnershipTypes: z.array(z.enum(partnershipTypes)).max(partnershipTypes.length).default([]),
  targetCountries: z.array(country).max(50).default([]),
  targetEcosystemIds: z.array(z.uuid()).max(50).default([]),
  dealSizeBand: z.enum(dealSizeBands).nullable().default(null),
  expiresOn: isoDate.nullable().default(null),
  attachmentFileIds: z.array(z.uuid()).max(10).default([]),
  anonymous: z.boolean().default(false),
}).strict();

export const createProfileInput = profileFields.extend({ organizationId: z.uuid() }).strict();
export type CreateProfileInput = z.infer<typeof createProfileInput>;
export const updateProfileInput = profileFields.partial().strict();
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export const reviewScores = z.object(Object.fromEntries(reviewCriteria.map((c) => [c, z.number().int().min(0).max(5)])) as Record<(typeof reviewCriteria)[number], z.ZodNumber>);
export const reviewInput = z.object({ scores: reviewScores, comment: text(4000).optional() }).strict();
export type ReviewInput = z.infer<typeof reviewInput>;

export const reviewThresholds = z.object({
  minTotal: z.number().int().min(0).max(20),
  minPerCriterion: z.number().int().min(1).max(5),
}).strict();
export type ReviewThresholds = z.infer<typeof reviewThresholds>;

export const review = z.object({
  scores: reviewScores,
  total: z.number().int(),
  comment: z.string().nullable(),
  decision: z.enum(['published', 'returned']),
  thresholds: reviewThresholds,
  reviewedAt: timestamp,
});

export const precheckFinding = z.object({ code: z.enum(precheckCodes), field: z.string() });

export const profileOrganization = z.object({ id: z.uuid(), name: z.object({ ru: z.string().nullable(), en: z.string().nullable(), zh: z.string().nullable() }), country: z.string() });

/**
 * A profile as its reader may see it. `organization` is null when the profile is anonymous and
 * the reader is neither of its side nor an intermediary; `country` (of the organization) stays.
 */
export const profile = z.object({
  id: z.uuid(),
  type: z.enum(profileTypes),
  status: z.enum(profileStatuses),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  language: z.enum(textLanguages),
  directions: z.array(directionRef),
  keywords: z.array(z.string()),
  trl: z.number().int().nullable(),
  ipStatus: z.enum(ipStatuses).nullable(),
  partnershipTypes: z.array(z.enum(partnershipTypes)),
  targetCountries: z.array(z.string()),
  targetEcosystemIds: z.array(z.uuid()),
  dealSizeBand: z.enum(dealSizeBands).nullable(),
  expiresOn: z.string().nullable(),
  attachmentFileIds: z.array(z.uuid()),
  anonymous: z.boolean(),
  organization: profileOrganization.nullable(),
  country: z.string(),
  /** The reader acts for the profile's organization (may edit, submit, withdraw). */
  canEdit: z.boolean(),
  /** The reader may review it (coordinator, or a manager of the owner's park). */
  canReview: z.boolean(),
  renewalDue: z.boolean(),
  prechecks: z.array(precheckFinding),
  lastReview: review.nullable(),
  submittedAt: timestamp.nullable(),
  publishedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ProfileDto = z.infer<typeof profile>;

export const listProfilesQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  q: z.string().trim().max(200).optional(),
  /** published (the marketplace, default), mine (the caller's side, any status), review (the review queue). */
  view: z.enum(['published', 'mine', 'review']).default('published'),
  type: z.enum(profileTypes).optional(),
  directionId: z.uuid().optional(),
  country: country.optional(),
  ecosystemId: z.uuid().optional(),
  trlMin: z.coerce.number().int().min(1).max(9).optional(),
  partnershipType: z.enum(partnershipTypes).optional(),
  language: z.enum(textLanguages).optional(),
}).strict();
export type ListProfilesQuery = z.infer<typeof listProfilesQuery>;
export const profilePage = pageOf(profile);

export const profileRenewInput = z.object({ expiresOn: isoDate }).strict();

/** One signal of a match with its share of the score and the reasons in the reader's language. */
export const matchSignal = z.object({
  signal: z.enum(['directions', 'glossary', 'text', 'trl', 'partnership', 'geography']),
  weight: z.number(),
  value: z.number(),
  reasons: z.array(z.string()),
});
export const match = z.object({ profile, score: z.number(), signals: z.array(matchSignal), reasons: z.array(z.string()) });
export type MatchDto = z.infer<typeof match>;
export const matchList = z.object({ items: z.array(match) });
export const matchesQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }).strict();
export const previewMatchesInput = createProfileInput.extend({ limit: z.number().int().min(1).max(50).default(10) }).strict();

export const interestStatuses = ['sent', 'introduced', 'meeting', 'agreement', 'project', 'closed'] as const;
export const openInterestStatuses = ['sent', 'introduced', 'meeting'] as const;
export const meetingFormats = ['in_person', 'online'] as const;

export const createInterestInput = z.object({ fromProfileId: z.uuid(), toProfileId: z.uuid(), message: text(2000).min(1) }).strict();
export const introduceInput = z.object({ note: text(2000).optional() }).strict();
export const meetingInput = z.object({ on: isoDate, format: z.enum(meetingFormats), notes: text(4000).optional() }).strict();
export const outcomeInput = z.object({
  outcome: z.enum(['agreement', 'project', 'closed']),
  agreementId: z.uuid().optional(),
  projectLink: z.url().max(500).optional(),
  reason: text(2000).optional(),
}).strict();

const profileRef = z.object({ id: z.uuid(), title: z.string(), type: z.enum(profileTypes), anonymous: z.boolean() });

/** An expression of interest; an organization stays hidden behind an anonymous profile until the introduction. */
export const interest = z.object({
  id: z.uuid(),
  status: z.enum(interestStatuses),
  routedTo: z.enum(['owner', 'intermediary']),
  message: z.string(),
  fromProfile: profileRef,
  toProfile: profileRef,
  fromOrganization: profileOrganization.nullable(),
  toOrganization: profileOrganization.nullable(),
  introductionNote: z.string().nullable(),
  meetingOn: z.string().nullable(),
  meetingFormat: z.enum(meetingFormats).nullable(),
  meetingNotes: z.string().nullable(),
  agreementId: z.uuid().nullable(),
  projectLink: z.string().nullable(),
  closedReason: z.string().nullable(),
  sentAt: timestamp,
  introducedAt: timestamp.nullable(),
  meetingRecordedAt: timestamp.nullable(),
  outcomeAt: timestamp.nullable(),
  canIntroduce: z.boolean(),
  canAdvance: z.boolean(),
});
export type InterestDto = z.infer<typeof interest>;
export const interestList = z.object({ items: z.array(interest) });
export const listInterestsQuery = z.object({ box: z.enum(['inbox', 'outbox', 'intermediary']).default('inbox') }).strict();

export const funnelQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), ecosystemId: z.uuid().optional(), directionId: z.uuid().optional() }).strict();
export const funnelStep = z.object({ step: z.enum(['published', 'viewed', 'interests', 'introductions', 'meetings', 'agreements', 'projects']), count: z.number().int(), conversion: z.number().nullable(), medianDaysFromPrevious: z.number().nullable() });
export const funnel = z.object({ steps: z.array(funnelStep) });
