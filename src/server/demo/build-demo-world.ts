import { briefOrganizations } from './brief-organizations';
import { demoAgreements, type AgreementSeed } from './demo-agreements';
import { buildDemoIndicators, type CampaignSeed, type ContributionSeed, type IndicatorSeed } from './demo-indicators';
import { demoPersons } from './demo-persons';
import { demoUsers, type DemoUser } from './demo-users';
import type { MembershipSeed, OrganizationSeed, PersonSeed } from './demo-world-types';
import { createCompanyGenerator } from './generate-company';
import { buildGreatStoneResidents } from './great-stone-residents';
import { buildHiTechParkResidents } from './hi-tech-park-residents';
import { buildItCenters } from './it-centers';
import { createRandom } from '../lib/seeded-random';
import { buildYakutiaEcosystemMembers } from './yakutia-ecosystem-members';

/** The whole demo world as plain data, before it meets the database. */
export type DemoWorld = {
  organizations: OrganizationSeed[];
  memberships: MembershipSeed[];
  persons: PersonSeed[];
  agreements: AgreementSeed[];
  indicators: IndicatorSeed[];
  indicatorContributions: ContributionSeed[];
  reportingCampaigns: CampaignSeed[];
  users: readonly DemoUser[];
};

/** Change it only on purpose: every demo company's name follows from it. */
export const demoWorldSeed = 20_250_417;

/**
 * Draws the world. The order of the draws is part of the result, so new parts go at the end;
 * `today` only decides which years already have indicator actuals.
 */
export function buildDemoWorld(today: Date): DemoWorld {
  const random = createRandom(demoWorldSeed);
  const generateCompany = createCompanyGenerator(random);
  const greatStone = buildGreatStoneResidents(random, generateCompany);
  const hiTechPark = buildHiTechParkResidents(random, generateCompany, greatStone);
  const yakutia = buildYakutiaEcosystemMembers(random, generateCompany);
  const itCenters = buildItCenters(random);
  const memberships = [...greatStone.memberships, ...hiTechPark.memberships, ...yakutia.memberships, ...itCenters.memberships];
  const indicators = buildDemoIndicators(random, today, memberships);

  const world: DemoWorld = {
    organizations: [...briefOrganizations, ...greatStone.organizations, ...hiTechPark.organizations, ...yakutia.organizations, ...itCenters.organizations],
    memberships,
    persons: demoPersons,
    agreements: demoAgreements,
    indicators: indicators.indicators,
    indicatorContributions: indicators.contributions,
    reportingCampaigns: indicators.campaigns,
    users: demoUsers,
  };
  assertKeysResolve(world);
  return world;
}

/** A dangling key would otherwise surface as a foreign-key error deep inside the seeding transaction. */
function assertKeysResolve(world: DemoWorld): void {
  const keys = new Set<string>();
  for (const organization of world.organizations) {
    if (keys.has(organization.key)) throw new Error(`Duplicate demo organization key ${organization.key}`);
    keys.add(organization.key);
  }
  const referenced = [
    ...world.memberships.flatMap((m) => [m.ecosystemKey, m.organizationKey]),
    ...world.persons.map((p) => p.organizationKey),
    ...world.agreements.flatMap((a) => [...a.parties.map((p) => p.organizationKey), ...a.signatories.map((s) => s.partyOrganizationKey)]),
    ...world.indicators.flatMap((i) => [i.ownerOrganizationKey, ...(i.ecosystemKey ? [i.ecosystemKey] : []), ...i.actuals.flatMap((a) => (a.organizationKey ? [a.organizationKey] : []))]),
    ...world.reportingCampaigns.flatMap((c) => c.organizationKeys),
    ...world.users.flatMap((u) => (u.scopeOrganizationKey ? [u.scopeOrganizationKey] : [])),
  ];
  const missing = referenced.filter((key) => !keys.has(key));
  if (missing.length > 0) throw new Error(`Demo world refers to unknown organizations: ${[...new Set(missing)].join(', ')}`);
}
