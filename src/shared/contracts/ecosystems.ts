import { z } from 'zod';
import { countryFilter } from './reference';
import { ecosystemKinds, membershipStatuses } from '../domain';
import { residentTypes } from '../resident-types';
import { isoDate, listQuery, localizedText, pageOf, timestamp } from './common';
import { organizationSummary, privateFigures } from './registry';

export const ecosystem = organizationSummary.extend({
  kind: z.enum(ecosystemKinds),
  residentCount: z.number().int(),
});
export type Ecosystem = z.infer<typeof ecosystem>;
export const ecosystemList = z.object({ items: z.array(ecosystem) });

const countOf = <Key extends z.ZodType>(key: Key) => z.object({ key, count: z.number().int() });

/** Figures of the ecosystem's register, counted over all its members whatever their visibility. */
export const ecosystemStats = z.object({
  /** Each organization counted once, by the status of its latest membership. */
  byStatus: z.object({ applicant: z.number().int(), resident: z.number().int(), former: z.number().int() }),
  /** Current residents by country (ISO 3166-1 alpha-2), largest first. */
  byCountry: z.array(countOf(z.string().length(2))),
  /** Current residents by top-level direction of the taxonomy; a resident counts once in each of its directions. */
  byDirection: z.array(z.object({ directionId: z.uuid(), code: z.string(), label: localizedText, count: z.number().int() })),
  /** Organizations by their status at the end of each year (today for the current year). */
  timeline: z.array(z.object({ year: z.number().int(), applicant: z.number().int(), resident: z.number().int(), former: z.number().int() })),
});
export type EcosystemStats = z.infer<typeof ecosystemStats>;

export const ecosystemDetail = ecosystem.extend({
  website: z.string().nullable(),
  description: localizedText,
  /** Whether the caller may add and edit this ecosystem's memberships. */
  canManageMemberships: z.boolean(),
  stats: ecosystemStats,
});
export type EcosystemDetail = z.infer<typeof ecosystemDetail>;

export const membership = z.object({
  id: z.uuid(),
  ecosystemId: z.uuid(),
  organizationId: z.uuid(),
  status: z.enum(membershipStatuses),
  residentType: z.enum(residentTypes).nullable().describe('The member\'s standing in the park (src/shared/resident-types.ts)'),
  dateFrom: isoDate.nullable(),
  dateTo: isoDate.nullable(),
  registrationNumber: z.string().nullable().describe('The number in the park\'s register'),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Membership = z.infer<typeof membership>;

export const member = membership.extend({
  organization: organizationSummary,
  privateFigures: privateFigures.nullable().describe('null when the caller may not see them'),
});
export type Member = z.infer<typeof member>;

export const memberSortKeys = ['name', 'country', 'status', 'dateFrom', 'registrationNumber'] as const;
export const listMembersQuery = listQuery(memberSortKeys).extend({
  status: z.enum(membershipStatuses).optional(),
  country: countryFilter.optional(),
  directionId: z.uuid().optional(),
  residentType: z.enum(residentTypes).optional(),
  periodFrom: z.iso.date().optional().describe('Entries in the register on any day from this date on'),
  periodTo: z.iso.date().optional().describe('Entries in the register on any day up to this date'),
});
export type ListMembersQuery = z.infer<typeof listMembersQuery>;
export const memberPage = pageOf(member);

/** The member list's filters without the page: an export holds every matching entry. */
export const exportMembersQuery = listMembersQuery.omit({ page: true, pageSize: true }).extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
export type ExportMembersQuery = z.infer<typeof exportMembersQuery>;

// Empty texts are sent as null, so an empty string is a mistake rather than a way to clear.
const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();
/** A real calendar day: 2024-02-30 is refused here instead of by the database. */
const calendarDate = z.iso.date();

export const createMembershipInput = z
  .object({
    organizationId: z.uuid(),
    status: z.enum(membershipStatuses),
    dateFrom: calendarDate,
    dateTo: calendarDate.nullable().optional(),
    residentType: z.enum(residentTypes).nullable().optional(),
    registrationNumber: optionalText(100),
  })
  .strict();
export type CreateMembershipInput = z.infer<typeof createMembershipInput>;

export const updateMembershipInput = z
  .object({
    status: z.enum(membershipStatuses).optional(),
    dateFrom: calendarDate.optional(),
    dateTo: calendarDate.nullable().optional(),
    residentType: z.enum(residentTypes).nullable().optional(),
    registrationNumber: optionalText(100),
  })
  .strict();
export type UpdateMembershipInput = z.infer<typeof updateMembershipInput>;
