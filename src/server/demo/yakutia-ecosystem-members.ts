import { assignRegistrationNumbers, buildRoster, mergeRosters, type RosterSpec } from './build-roster';
import { orgKeys, type EcosystemMembers, type OrganizationSeed } from './demo-world-types';
import type { CompanyRequest } from './generate-company';
import type { Random } from '../lib/seeded-random';

/**
 * A few fictitious Yakut members of Technopark "Yakutia", the IT park and "Kvartal Truda": enough
 * for matching across languages (a Yakut request in Russian, a Chinese offer) and for the
 * creative-industries picture. Some technopark residents also sit in the IT park.
 */
const yakutOrigins = [['RU-SA', 90], ['RU', 10]] as const;
const yakutSizes = [['micro', 55], ['small', 38], ['medium', 7]] as const;

const technopark: RosterSpec = {
  ecosystemKey: orgKeys.technoparkYakutia,
  keyPrefix: 'technopark-yakutia',
  counts: { resident: 12, applicant: 2, former: 1 },
  origins: yakutOrigins,
  sizeWeights: yakutSizes,
  sectors: [['materials', 4], ['biotech', 3], ['energy', 3], ['geo', 3], ['agritech', 2], ['medical_devices', 2], ['software', 3]],
  residentType: () => 'resident',
  joinedBetween: ['2012-05-01', '2025-06-30'],
  appliedBetween: ['2025-07-01', '2025-11-14'],
};

const itPark: RosterSpec = {
  ecosystemKey: orgKeys.itPark,
  keyPrefix: 'it-park-yakutsk',
  counts: { resident: 10, applicant: 1, former: 0 },
  origins: yakutOrigins,
  sizeWeights: yakutSizes,
  sectors: [['software', 5], ['ai', 2], ['games', 2], ['data', 2], ['edtech', 1], ['fintech', 1]],
  residentType: () => 'resident',
  joinedBetween: ['2019-09-01', '2025-06-30'],
  appliedBetween: ['2025-07-01', '2025-11-14'],
};

const kvartalTruda: RosterSpec = {
  ecosystemKey: orgKeys.kvartalTruda,
  keyPrefix: 'kvartal-truda',
  counts: { resident: 11, applicant: 0, former: 1 },
  origins: yakutOrigins,
  sizeWeights: yakutSizes,
  sectors: [['cinema', 3], ['games', 2], ['design', 3], ['music', 2], ['crafts', 2]],
  // A creative cluster's members are its participants.
  residentType: () => 'participant',
  joinedBetween: ['2021-06-01', '2025-06-30'],
  appliedBetween: ['2025-07-01', '2025-11-14'],
};

/** Technopark residents that moved their software teams into the IT park as virtual residents. */
const technoparkAlsoInItPark = 3;

export function buildYakutiaEcosystemMembers(random: Random, generateCompany: (request: CompanyRequest) => OrganizationSeed): EcosystemMembers {
  const technoparkRoster = buildRoster(random, generateCompany, technopark);
  const itParkRoster = buildRoster(random, generateCompany, itPark);
  const kvartalTrudaRoster = buildRoster(random, generateCompany, kvartalTruda);

  const residents = technoparkRoster.memberships.filter((m) => m.status === 'resident').slice(0, technoparkAlsoInItPark);
  for (const membership of residents) {
    itParkRoster.memberships.push({
      ...membership,
      ecosystemKey: orgKeys.itPark,
      residentType: 'virtual_resident',
      dateFrom: random.dateBetween('2020-01-01', '2025-06-30'),
    });
  }
  // A game studio of "Kvartal Truda" is also an IT park resident.
  const gameStudio = kvartalTrudaRoster.organizations.find((o) => o.directionCodes.includes('game_development'));
  if (gameStudio) {
    itParkRoster.memberships.push({
      ecosystemKey: orgKeys.itPark,
      organizationKey: gameStudio.key,
      status: 'resident',
      residentType: 'virtual_resident',
      dateFrom: random.dateBetween('2022-01-01', '2025-06-30'),
      dateTo: null,
      registrationNumber: null,
    });
  }

  assignRegistrationNumbers(technoparkRoster.memberships, (year, n) => `TPY-${year}-${String(n).padStart(3, '0')}`);
  assignRegistrationNumbers(itParkRoster.memberships, (year, n) => `ITP-${year}-${String(n).padStart(3, '0')}`);
  assignRegistrationNumbers(kvartalTrudaRoster.memberships, (year, n) => `KT-${year}-${String(n).padStart(3, '0')}`);
  return mergeRosters(technoparkRoster, itParkRoster, kvartalTrudaRoster);
}
