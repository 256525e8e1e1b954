import { z } from 'zod';
import { countryFilter } from './reference';
import { organizationKinds, sizeBands } from '../domain';
import { agreement } from './agreements';
import { keysetCursor, localizedText } from './common';
import { organizationSummary } from './registry';

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  kind: z.enum(organizationKinds).optional(),
  country: countryFilter.optional(),
  ecosystemId: z.uuid().optional(),
  directionId: z.uuid().optional(),
  sizeBand: z.enum(sizeBands).optional(),
  /** Keyset cursor of the hit before this page (`nextCursor` of the previous page). */
  after: keysetCursor.optional(),
});
export type SearchQuery = z.infer<typeof searchQuery>;

/** A piece of text around the first match, with the matched ranges (start, end) to highlight. */
export const snippet = z.object({ text: z.string(), highlights: z.array(z.tuple([z.number().int(), z.number().int()])) });
export type Snippet = z.infer<typeof snippet>;

export const organizationHit = z.object({
  organization: organizationSummary,
  score: z.number(),
  /** Why it matched: its text, its name spelled another way, or a direction named by the query. */
  matchedBy: z.array(z.enum(['text', 'name', 'direction'])),
  snippet: snippet.nullable(),
});
export type OrganizationHit = z.infer<typeof organizationHit>;

const facetValue = z.object({ value: z.string(), count: z.number().int() });
const labelledFacetValue = facetValue.extend({ label: localizedText });

export const organizationFacets = z.object({
  kind: z.array(facetValue),
  country: z.array(facetValue),
  sizeBand: z.array(facetValue),
  ecosystem: z.array(labelledFacetValue),
  direction: z.array(labelledFacetValue),
});

export const organizationSearchResult = z.object({
  items: z.array(organizationHit),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  /**
   * How the hits are ordered (ADR 041): `relevance`, every hit ranked; `namesFirst`, a broad query's
   * hits whose names hold its words ranked first, the rest unordered; `none`, no such names or too many to rank.
   */
  ranking: z.enum(['relevance', 'namesFirst', 'none']),
  facets: organizationFacets,
});
export type OrganizationSearchResult = z.infer<typeof organizationSearchResult>;

export const searchResponse = z.object({
  query: z.string(),
  organizations: organizationSearchResult,
  agreements: z.object({ items: z.array(agreement), total: z.number().int() }),
});
export type SearchResponse = z.infer<typeof searchResponse>;
