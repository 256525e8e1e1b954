import { assignRegistrationNumbers, buildRoster, type RosterSpec } from './build-roster';
import { orgKeys, type EcosystemMembers, type OrganizationSeed } from './demo-world-types';
import type { CompanyRequest } from './generate-company';
import type { Random } from '../lib/seeded-random';

/**
 * The Belarus Hi-Tech Park unites more than 1,000 companies; the demo holds 215 current residents —
 * enough to exercise paging, filters and search without slowing the start. Mostly Belarusian
 * software companies, with Russian, Chinese, Central Asian and a few Western ones.
 */
export const hiTechParkResidentCount = 215;

/** Great Stone residents that also hold Hi-Tech Park residency: one organization, two ecosystems. */
const sharedWithGreatStone = 6;

const spec: RosterSpec = {
  ecosystemKey: orgKeys.hiTechPark,
  keyPrefix: 'hi-tech-park',
  counts: { resident: hiTechParkResidentCount - sharedWithGreatStone, applicant: 8, former: 10 },
  origins: [['BY', 68], ['RU', 10], ['CN', 5], ['KZ', 4], ['UZ', 4], ['DE', 3], ['AM', 2], ['AE', 2], ['IN', 2]],
  sectors: [
    ['software', 30], ['ai', 12], ['games', 12], ['fintech', 8], ['data', 8], ['cybersecurity', 7], ['edtech', 6],
    ['telemedicine', 5], ['design', 4], ['electronics', 3], ['geo', 3],
  ],
  // The Hi-Tech Park registers residents only; its start-ups come through its incubator.
  residentType: (sector) => (sector === 'ai' || sector === 'edtech' ? 'startup_resident' : 'resident'),
  joinedBetween: ['2006-02-01', '2025-06-30'],
  appliedBetween: ['2025-06-01', '2025-11-14'],
};

const itDirections = new Set<string>(['software', 'artificial_intelligence', 'electronic_components', 'high_tech']);

export function buildHiTechParkResidents(
  random: Random,
  generateCompany: (request: CompanyRequest) => OrganizationSeed,
  greatStone: EcosystemMembers,
): EcosystemMembers {
  const roster = buildRoster(random, generateCompany, spec);

  // Great Stone residents in IT and electronics that also joined the Hi-Tech Park.
  const currentGreatStone = new Set(greatStone.memberships.filter((m) => m.status === 'resident').map((m) => m.organizationKey));
  const shared = greatStone.organizations
    .filter((organization) => currentGreatStone.has(organization.key) && organization.directionCodes.some((code) => itDirections.has(code)))
    .slice(0, sharedWithGreatStone);
  if (shared.length < sharedWithGreatStone) throw new Error('Too few IT residents in Great Stone to share with the Hi-Tech Park');
  for (const organization of shared) {
    roster.memberships.push({
      ecosystemKey: orgKeys.hiTechPark,
      organizationKey: organization.key,
      status: 'resident',
      residentType: 'resident',
      dateFrom: random.dateBetween('2018-01-01', '2025-06-30'),
      dateTo: null,
      registrationNumber: null,
    });
  }

  assignRegistrationNumbers(roster.memberships, (_year, sequence) => `HTP-${String(sequence).padStart(4, '0')}`);
  return roster;
}
