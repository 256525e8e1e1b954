import type { Database, Executor } from '../db/client';
import { ensureDirections, type DirectionCode } from '../db/reference/directions';
import {
  agreementDirections,
  agreementObligations,
  agreementParties,
  agreementSignatories,
  agreements,
  ecosystemMemberships,
  indicatorActuals,
  indicatorContributions,
  indicators,
  indicatorTargets,
  reportingCampaignIndicators,
  reportingCampaignOrganizations,
  reportingCampaigns,
  organizationDirections,
  organizations,
  persons,
  userRoles,
  users,
} from '../db/schema/index';
import { systemClock, type Clock } from '../lib/clock';
import { buildDemoWorld, demoWorldSeed, type DemoWorld } from './build-demo-world';
import { isDemoWorldPresent } from './demo-world-state';
import { createRandom } from '../lib/seeded-random';
import { rebuildYearlyValues } from '../features/indicators/yearly-rollup';
import { searchColumnsOf } from '../features/registry/search-columns';
import { cityNames } from './city-names';
import { demoRoadmaps, dueDateOf } from './demo-roadmaps';
import { insertInfrastructure } from './demo-infrastructure';
import { insertDemoPortfolio } from './demo-portfolio';
import { insertDemoEvents } from './demo-events';
import { agreementKeys } from './demo-agreements';
import { insertPartnering } from './demo-partnering';

const citiesOf = (city: string | null | undefined) => ({ cityEn: city ? cityNames[city]?.en ?? null : null, cityZh: city ? cityNames[city]?.zh ?? null : null });

// The start imports the whole demo life cycle from here; the state checks live in demo-world-state.ts.
export { isDemoWorldPresent, resetDatabaseContent } from './demo-world-state';

/**
 * Writes the demo world in one transaction: either all of it is there or none of it. Rows go in
 * multi-row inserts, table by table, so seeding stays well under a second on PGlite.
 * No audit rows: seeding is not a user's write.
 */
export type SeedDemoWorldOptions = {
  /** The hash of DEMO_PASSWORD, computed once by the caller and shared by every demo user. */
  passwordHash: string;
  clock?: Clock;
};

export type SeededDemoWorld = {
  /** Database ids by demo key, for the callers (and tests) that want to point at a row. */
  organizationIds: ReadonlyMap<string, string>;
  counts: { organizations: number; memberships: number; persons: number; agreements: number; indicators: number; users: number };
};

export async function seedDemoWorld(db: Database, options: SeedDemoWorldOptions): Promise<SeededDemoWorld> {
  const now = (options.clock ?? systemClock).now();
  const world = buildDemoWorld(now);
  return db.transaction(async (tx) => {
    if (await isDemoWorldPresent(tx)) throw new Error('The demo world is already in this database; reset it first (npm run demo:reset).');
    const directionIds = await ensureDirections(tx);
    // Ids come from their own seeded stream, so a reset gives the same ids and old links keep working.
    const ids = createRandom(demoWorldSeed + 1);
    const organizationIds = new Map(world.organizations.map((organization) => [organization.key, ids.uuid()]));
    const personIds = new Map(world.persons.map((person) => [person.key, ids.uuid()]));
    const idOf = (map: ReadonlyMap<string, string>, key: string) => {
      const id = map.get(key);
      if (!id) throw new Error(`No demo id for ${key}`);
      return id;
    };
    const direction = (code: DirectionCode) => idOf(directionIds as ReadonlyMap<string, string>, code);
    const org = (key: string) => idOf(organizationIds, key);

    await insertOrganizations(tx, world, org, direction, now);
    await insertInChunks(world.memberships, (rows) =>
      tx.insert(ecosystemMemberships).values(
        rows.map(({ ecosystemKey, organizationKey, ...membership }) => ({ ...membership, id: ids.uuid(), ecosystemId: org(ecosystemKey), organizationId: org(organizationKey), createdAt: now })),
      ),
    );
    await tx.insert(persons).values(
      world.persons.map(({ key, organizationKey, ...person }) => ({ ...person, id: idOf(personIds, key), organizationId: org(organizationKey), createdAt: now })),
    );
    const agreementIds = await insertAgreements(tx, world, ids.uuid, org, (key) => idOf(personIds, key), direction, now);
    await insertIndicators(tx, world, ids.uuid, org, direction, now);
    await insertUsers(tx, world, ids.uuid, org, options.passwordHash, now);
    await insertRoadmaps(tx, (key) => idOf(agreementIds, key), ids.uuid, org, now);
    await insertInfrastructure(tx, ids.uuid, org, now);
    await insertDemoPortfolio(tx, { now, org, agreementId: (key) => idOf(agreementIds, key), memberships: world.memberships, direction });
    await insertDemoEvents(tx, { newId: ids.uuid, org, person: (key) => idOf(personIds, key), agreement: (key) => idOf(agreementIds, key), memberships: world.memberships, now, seed: demoWorldSeed + 25 });
    await insertPartnering(tx, world, { newId: ids.uuid, org, direction, agreementId: idOf(agreementIds, agreementKeys.greatStone), now });

    return {
      organizationIds,
      counts: {
        organizations: world.organizations.length,
        memberships: world.memberships.length,
        persons: world.persons.length,
        agreements: world.agreements.length,
        indicators: world.indicators.length,
        users: world.users.length,
      },
    };
  });
}

type Resolve = (key: string) => string;

/** PostgreSQL takes at most 65,535 parameters per statement; 500 rows stay far below it. */
async function insertInChunks<Row>(rows: readonly Row[], insert: (chunk: Row[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

async function insertOrganizations(tx: Executor, world: DemoWorld, org: Resolve, direction: (code: DirectionCode) => string, now: Date) {
  await insertInChunks(world.organizations, (rows) =>
    tx.insert(organizations).values(rows.map(({ key, directionCodes: _directions, ...organization }) => ({ ...organization, ...citiesOf(organization.city), ...searchColumnsOf(organization), id: org(key), createdAt: now, updatedAt: now }))),
  );
  const links = world.organizations.flatMap((organization) =>
    [...new Set(organization.directionCodes)].map((code) => ({ organizationId: org(organization.key), directionId: direction(code) })),
  );
  await insertInChunks(links, (rows) => tx.insert(organizationDirections).values(rows));
}

async function insertAgreements(
  tx: Executor,
  world: DemoWorld,
  newId: () => string,
  org: Resolve,
  person: Resolve,
  direction: (code: DirectionCode) => string,
  now: Date,
) {
  const rows = world.agreements.map((agreement) => ({ seed: agreement, id: newId() }));
  await tx.insert(agreements).values(
    rows.map(({ seed: { key: _key, parties: _parties, signatories: _signatories, directionCodes: _directions, ...agreement }, id }) => ({ ...agreement, id, createdAt: now, updatedAt: now })),
  );
  await tx.insert(agreementParties).values(rows.flatMap(({ seed, id }) => seed.parties.map((party) => ({ agreementId: id, organizationId: org(party.organizationKey), role: party.role }))));
  const signatories = rows.flatMap(({ seed, id }) =>
    seed.signatories.map((signatory) => ({ agreementId: id, personId: person(signatory.personKey), partyOrganizationId: org(signatory.partyOrganizationKey) })),
  );
  if (signatories.length > 0) await tx.insert(agreementSignatories).values(signatories);
  await tx.insert(agreementDirections).values(rows.flatMap(({ seed, id }) => seed.directionCodes.map((code) => ({ agreementId: id, directionId: direction(code) }))));
  return new Map(rows.map(({ seed, id }) => [seed.key, id]));
}

async function insertRoadmaps(tx: Executor, agreement: Resolve, newId: () => string, org: Resolve, now: Date) {
  const rows = Object.entries(demoRoadmaps).flatMap(([agreementKey, obligations]) =>
    obligations.map(({ text, responsibleKey, due: _due, ...seed }, position) => ({
      ...seed,
      id: newId(),
      agreementId: agreement(agreementKey),
      position,
      textRu: text.ru,
      textEn: text.en,
      textZh: text.zh,
      responsibleOrganizationId: org(responsibleKey),
      dueOn: dueDateOf(obligations[position]!, now),
      createdAt: now,
      updatedAt: now,
    })),
  );
  await tx.insert(agreementObligations).values(rows);
}

async function insertIndicators(tx: Executor, world: DemoWorld, newId: () => string, org: Resolve, direction: (code: DirectionCode) => string, now: Date) {
  const rows = world.indicators.map((indicator) => ({ seed: indicator, id: newId() }));
  const idOfCode = new Map(rows.map(({ seed, id }) => [seed.code, id]));
  const indicatorId = (code: string) => {
    const id = idOfCode.get(code);
    if (!id) throw new Error(`No demo indicator ${code}`);
    return id;
  };
  await tx.insert(indicators).values(
    rows.map(({ seed: { targets: _targets, actuals: _actuals, ownerOrganizationKey, ecosystemKey, directionCode, ...indicator }, id }) => ({
      ...indicator,
      id,
      directionOfGood: 'increase',
      ownerOrganizationId: org(ownerOrganizationKey),
      ecosystemId: ecosystemKey ? org(ecosystemKey) : null,
      directionId: directionCode ? direction(directionCode) : null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await tx.insert(indicatorTargets).values(rows.flatMap(({ seed, id }) => seed.targets.map((target) => ({ ...target, id: newId(), indicatorId: id }))));
  const actuals = rows.flatMap(({ seed, id }) => seed.actuals.map(({ organizationKey, status = 'confirmed', ...actual }) => ({
    ...actual, id: newId(), indicatorId: id, organizationId: organizationKey ? org(organizationKey) : null, status,
    confirmedAt: status === 'confirmed' ? now : null, createdAt: now, updatedAt: now,
  })));
  await insertInChunks(actuals, (chunk) => tx.insert(indicatorActuals).values(chunk));
  await rebuildYearlyValues(tx, rows.map(({ id }) => id));
  await tx.insert(indicatorContributions).values(world.indicatorContributions.map((link) => ({
    id: newId(), parentIndicatorId: indicatorId(link.parentCode), childIndicatorId: indicatorId(link.childCode), plans: link.plans, createdAt: now,
  })));
  for (const { indicatorCodes, organizationKeys, ...campaign } of world.reportingCampaigns) {
    const campaignId = newId();
    await tx.insert(reportingCampaigns).values({ ...campaign, id: campaignId, createdAt: now, updatedAt: now });
    await tx.insert(reportingCampaignIndicators).values(indicatorCodes.map((code) => ({ campaignId, indicatorId: indicatorId(code) })));
    await tx.insert(reportingCampaignOrganizations).values(organizationKeys.map((key) => ({ campaignId, organizationId: org(key) })));
  }
}

async function insertUsers(tx: Executor, world: DemoWorld, newId: () => string, org: Resolve, passwordHash: string, now: Date) {
  const rows = world.users.map((user) => ({ seed: user, id: newId() }));
  await tx.insert(users).values(
    rows.map(({ seed, id }) => ({ id, email: seed.email, fullName: seed.fullName, language: seed.language, passwordHash, active: true, createdAt: now, updatedAt: now })),
  );
  await tx.insert(userRoles).values(
    rows.map(({ seed, id }) => ({ id: newId(), userId: id, role: seed.role, scopeOrganizationId: seed.scopeOrganizationKey ? org(seed.scopeOrganizationKey) : null })),
  );
}
