import type { ResidentType } from '../../shared/resident-types';
import type { OrganizationKind } from '../../shared/domain';
import type { organizations } from '../db/schema/index';
import type { DirectionCode } from '../db/reference/directions';

/**
 * The demo world is described as plain data first and written to the database in one go, so the
 * generators never touch the database and can be read (and tested) on their own. Rows point at each
 * other through stable keys; ids are given at write time.
 */
export type OrganizationSeed = Omit<typeof organizations.$inferInsert, 'id' | 'kind' | 'createdAt' | 'updatedAt'> & {
  key: string;
  kind: OrganizationKind;
  directionCodes: readonly DirectionCode[];
};

export type MembershipStatus = 'applicant' | 'resident' | 'former';

export type MembershipSeed = {
  ecosystemKey: string;
  organizationKey: string;
  status: MembershipStatus;
  /** The entry's standing in the park (src/shared/resident-types.ts). */
  residentType: ResidentType;
  dateFrom: string;
  dateTo: string | null;
  registrationNumber: string | null;
};

export type PersonSeed = {
  key: string;
  organizationKey: string;
  fullNameRu: string;
  fullNameEn: string;
  fullNameZh: string;
  positionRu: string;
  positionEn: string;
  positionZh: string;
};

/** Members of one ecosystem: the companies and their memberships. */
export type EcosystemMembers = {
  organizations: OrganizationSeed[];
  memberships: MembershipSeed[];
};

/** Keys of the organizations named in the brief, used across the demo files. */
export const orgKeys = {
  projectManagementCenter: 'pmc-sever',
  researchCenterSever: 'rec-sever',
  greatStone: 'great-stone',
  hiTechPark: 'hi-tech-park',
  technoparkYakutia: 'technopark-yakutia',
  itPark: 'it-park-yakutsk',
  kvartalTruda: 'kvartal-truda',
  innovationFund: 'innovation-fund-yakutia',
  ventureCompany: 'venture-company-yakutia',
  nefu: 'nefu',
  arcticInstituteOfCulture: 'agiki',
  arcticAgrotechUniversity: 'agatu',
  itCenterNetwork: 'it-center-network',
  ministryOfInnovation: 'ministry-innovation-yakutia',
  governmentOfYakutia: 'government-yakutia',
  /** The Chinese resident of "Great Stone" that the demo member user works for. */
  demoMemberCompany: 'great-stone-demo-member',
} as const;
