import { z } from 'zod';
import { countryFilter } from './reference';
import { membershipStatuses, organizationKinds, sizeBands, visibilities } from '../domain';
import { identifierSchemes } from '../identifiers';
import { keysetCursor, listQuery, localizedText, pageOf } from './common';

export const direction = z.object({
  id: z.uuid(),
  code: z.string(),
  parentId: z.uuid().nullable(),
  label: localizedText,
});
export type Direction = z.infer<typeof direction>;
export const directionList = z.object({ items: z.array(direction) });

export const directionRef = direction.pick({ id: true, code: true, label: true });

/** Figures that only the organization's members, its parks' managers, coordinators and admins see. */
export const privateFigures = z.object({
  headcount: z.number().int().nullable(),
  revenueRub: z.number().nullable(),
  exportsRub: z.number().nullable(),
});

export const organizationSummary = z.object({
  id: z.uuid(),
  name: localizedText,
  shortName: localizedText,
  kind: z.enum(organizationKinds),
  country: z.string().length(2),
  region: z.string().nullable(),
  city: localizedText,
  visibility: z.enum(visibilities),
});
export type OrganizationSummary = z.infer<typeof organizationSummary>;

export const membershipOfOrganization = z.object({
  ecosystemId: z.uuid(),
  ecosystemName: localizedText,
  status: z.enum(membershipStatuses),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable(),
});

export const organizationIdentifier = z.object({ scheme: z.enum(identifierSchemes), country: z.string(), value: z.string() });

export const activityCodeRef = z.object({ code: z.string(), nameRu: z.string(), isMain: z.boolean() });

export const organization = organizationSummary.extend({
  website: z.string().nullable(),
  identifiers: z.array(organizationIdentifier),
  activityCodes: z.array(activityCodeRef),
  externalId: z.string().nullable(),
  /** Changes whenever the logo changes, so it can be cached for good. */
  logoUrl: z.string().nullable(),
  description: localizedText,
  sizeBand: z.enum(sizeBands).nullable(),
  foundedYear: z.number().int().nullable(),
  directions: z.array(directionRef),
  memberships: z.array(membershipOfOrganization),
  privateFigures: privateFigures.nullable().describe('null when the caller may not see them'),
});
export type Organization = z.infer<typeof organization>;

export const listOrganizationsQuery = listQuery(['name', 'country', 'kind']).extend({
  kind: z.enum(organizationKinds).optional(),
  country: countryFilter.optional(),
  ecosystemId: z.uuid().optional(),
  /** A direction and everything below it in the taxonomy. */
  directionId: z.uuid().optional(),
  after: keysetCursor.optional(),
});
/** A page of the list; `nextCursor` asks for the page after it through the sort key's index. */
export const organizationPage = pageOf(organizationSummary).extend({ nextCursor: z.string().nullable() });
