import type { SectorKey } from './company-name-parts';
import type { EcosystemMembers, MembershipSeed, MembershipStatus } from './demo-world-types';
import type { CompanyOrigin, CompanyRequest, SizeWeights } from './generate-company';
import type { OrganizationSeed } from './demo-world-types';
import type { Random } from '../lib/seeded-random';
import type { ResidentType } from '../../shared/resident-types';

type Weighted<T> = readonly (readonly [T, number])[];

/** How one ecosystem's fictitious members are drawn: how many, from where, in which fields. */
export type RosterSpec = {
  ecosystemKey: string;
  /** Prefix of the members' keys, unique per ecosystem. */
  keyPrefix: string;
  counts: Record<MembershipStatus, number>;
  origins: Weighted<CompanyOrigin>;
  sectors: Weighted<SectorKey>;
  /** The entry's standing in the park, from its sector and its place in the roster. */
  residentType: (sector: SectorKey, index: number) => ResidentType;
  sizeWeights?: SizeWeights;
  /** When residents (and former residents) joined. */
  joinedBetween: readonly [string, string];
  /** When the pending applications were filed: recently. */
  appliedBetween: readonly [string, string];
};

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

function addYears(isoDate: string, years: number, notAfter: string): string {
  const shifted = `${yearOf(isoDate) + years}${isoDate.slice(4)}`;
  return shifted > notAfter ? notAfter : shifted;
}

/** Draws an ecosystem's members; registration numbers are given later, once every member is known. */
export function buildRoster(random: Random, generateCompany: (request: CompanyRequest) => OrganizationSeed, spec: RosterSpec): EcosystemMembers {
  const roster: EcosystemMembers = { organizations: [], memberships: [] };
  const statuses: MembershipStatus[] = [
    ...Array<MembershipStatus>(spec.counts.resident).fill('resident'),
    ...Array<MembershipStatus>(spec.counts.applicant).fill('applicant'),
    ...Array<MembershipStatus>(spec.counts.former).fill('former'),
  ];
  statuses.forEach((status, index) => {
    const sector = random.weighted(spec.sectors);
    const dateFrom = status === 'applicant' ? random.dateBetween(...spec.appliedBetween) : random.dateBetween(...spec.joinedBetween);
    const key = `${spec.keyPrefix}-${String(index + 1).padStart(3, '0')}`;
    roster.organizations.push(generateCompany({ key, origin: random.weighted(spec.origins), sector, foundedNoLaterThan: yearOf(dateFrom), sizeWeights: spec.sizeWeights }));
    roster.memberships.push({
      ecosystemKey: spec.ecosystemKey,
      organizationKey: key,
      status,
      residentType: spec.residentType(sector, index),
      dateFrom,
      dateTo: status === 'former' ? addYears(dateFrom, random.int(1, 4), spec.joinedBetween[1]) : null,
      registrationNumber: null,
    });
  });
  return roster;
}

/**
 * Numbers the admitted members of one ecosystem in the order they joined, as a park's register
 * would; applicants have no number yet.
 */
export function assignRegistrationNumbers(memberships: MembershipSeed[], format: (year: number, sequence: number) => string): void {
  const admitted = memberships
    .filter((membership) => membership.status !== 'applicant')
    .sort((a, b) => a.dateFrom.localeCompare(b.dateFrom) || a.organizationKey.localeCompare(b.organizationKey));
  admitted.forEach((membership, index) => {
    membership.registrationNumber = format(yearOf(membership.dateFrom), index + 1);
  });
}

export function mergeRosters(...rosters: EcosystemMembers[]): EcosystemMembers {
  return {
    organizations: rosters.flatMap((roster) => roster.organizations),
    memberships: rosters.flatMap((roster) => roster.memberships),
  };
}
