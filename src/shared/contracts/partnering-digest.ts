import { z } from 'zod';
import { isoDate } from './common';
import { profile } from './partnering';

/** Whose digest: one organization the caller acts for (or, for the center, any); all of the caller's when absent. */
export const digestQuery = z.object({ organizationId: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(50).default(5) }).strict();
export type DigestQuery = z.infer<typeof digestQuery>;

/** One new match: the organization's own profile, the other profile (anonymous ones without their organization), why, since when. */
export const digestItem = z.object({
  profile,
  match: profile,
  score: z.number(),
  reasons: z.array(z.string()),
  foundOn: isoDate,
});
export type DigestItemDto = z.infer<typeof digestItem>;

/** The new matches not yet marked as seen: their number and the best of them. */
export const digest = z.object({ total: z.number().int(), items: z.array(digestItem) });
export type DigestDto = z.infer<typeof digest>;

export const digestSeenInput = z.object({ organizationId: z.uuid().optional() }).strict();
export const digestSeen = z.object({ marked: z.number().int() });
