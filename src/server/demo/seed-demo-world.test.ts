import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import type { DatabaseConnection } from '../db/client';
import { createTestDatabase } from '../test-support/test-database';
import { directionTaxonomy, ensureDirections } from '../db/reference/directions';
import {
  agreementDirections,
  agreementSignatories,
  agreements,
  directions,
  ecosystemMemberships,
  indicatorActuals,
  indicators,
  indicatorTargets,
  organizations,
  persons,
  userRoles,
  users,
} from '../db/schema/index';
import { orgKeys } from './demo-world-types';
import { creativeEmploymentCode, creativeValueAddedCode, demoActualSource } from './demo-indicators';
import { isDemoWorldPresent, resetDatabaseContent } from './demo-world-state';
import { seedDemoWorld, type SeededDemoWorld } from './seed-demo-world';

// A real argon2 hash is not needed to check what the seed writes; the login tests own that.
const passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$ZGVtby1zYWx0$ZGVtby1oYXNo';
const clock = { now: () => new Date('2026-11-26T09:00:00Z') };

// PGlite in the pglite suite, a fresh database on the server in the postgres suite.
const freshDatabase = createTestDatabase;

describe('seedDemoWorld', () => {
  let connection: DatabaseConnection;
  let seeded: SeededDemoWorld;
  const idOf = (key: string) => seeded.organizationIds.get(key) ?? 'missing';

  beforeAll(async () => {
    connection = await freshDatabase();
    // Speed of seeding is measured in bench/, not asserted here.
    seeded = await seedDemoWorld(connection.db, { passwordHash, clock });
  }, 120_000);

  afterAll(async () => {
    await connection?.close();
  });

  const membershipCount = async (ecosystemKey: string, status: string) => {
    const [row] = await connection.db
      .select({ value: count() })
      .from(ecosystemMemberships)
      .where(and(eq(ecosystemMemberships.ecosystemId, idOf(ecosystemKey)), eq(ecosystemMemberships.status, status)));
    return row?.value ?? 0;
  };

  it('names every city in English and Chinese too', async () => {
    const rows = await connection.db.select({ city: organizations.city, cityEn: organizations.cityEn, cityZh: organizations.cityZh }).from(organizations);
    const withCity = rows.filter((row) => row.city);
    expect(withCity.length).toBeGreaterThan(300);
    expect(withCity.filter((row) => !row.cityEn || !row.cityZh)).toEqual([]);
  });

  it('fills the ecosystems of the brief with their members', async () => {
    expect(await membershipCount(orgKeys.greatStone, 'resident')).toBe(126);
    expect(await membershipCount(orgKeys.hiTechPark, 'resident')).toBe(215);
    expect(await membershipCount(orgKeys.greatStone, 'applicant')).toBeGreaterThan(0);
    expect(await membershipCount(orgKeys.hiTechPark, 'former')).toBeGreaterThan(0);
    expect(await membershipCount(orgKeys.itCenterNetwork, 'resident')).toBe(19);
    for (const key of [orgKeys.technoparkYakutia, orgKeys.itPark, orgKeys.kvartalTruda]) {
      expect(await membershipCount(key, 'resident')).toBeGreaterThanOrEqual(5);
    }
  });

  it('uses the resident types of the vocabulary, with anchors and start-ups in Great Stone', async () => {
    const rows = await connection.db.select({ type: ecosystemMemberships.residentType }).from(ecosystemMemberships).where(eq(ecosystemMemberships.ecosystemId, idOf(orgKeys.greatStone)));
    const types = new Set(rows.map((row) => row.type));
    expect(types).toContain('anchor_resident');
    expect(types).toContain('startup_resident');
    expect(types).toContain('resident');
    const everywhere = await connection.db.selectDistinct({ type: ecosystemMemberships.residentType }).from(ecosystemMemberships);
    expect(everywhere.map((row) => row.type).sort()).toEqual(['anchor_resident', 'participant', 'resident', 'startup_resident', 'virtual_resident']);
  });

  it('puts some organizations in two ecosystems and keeps membership history consistent', async () => {
    const rows = await connection.db.select().from(ecosystemMemberships);
    const perOrganization = new Map<string, number>();
    for (const row of rows) perOrganization.set(row.organizationId, (perOrganization.get(row.organizationId) ?? 0) + 1);
    expect([...perOrganization.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      expect(row.status === 'former').toBe(row.dateTo !== null);
      expect(row.status === 'applicant').toBe(row.registrationNumber === null);
      if (row.dateTo && row.dateFrom) expect(row.dateTo >= row.dateFrom).toBe(true);
    }
  });

  it('gives every organization a name, and names the fictitious companies in their own languages', async () => {
    const rows = await connection.db.select().from(organizations);
    expect(rows.every((row) => Boolean(row.nameRu || row.nameEn || row.nameZh))).toBe(true);
    expect(rows.every((row) => Boolean(row.nameEn))).toBe(true);
    const countries = new Set(rows.map((row) => row.country));
    for (const country of ['BY', 'CN', 'RU', 'KZ', 'DE']) expect(countries).toContain(country);
    const chinese = rows.filter((row) => row.country === 'CN');
    expect(chinese.every((row) => /[\u4e00-\u9fff]/.test(row.nameZh ?? ''))).toBe(true);
    const belarusian = rows.filter((row) => row.country === 'BY' && row.kind === 'company' && row.nameZh === null);
    expect(belarusian.length).toBeGreaterThan(50);
    expect(belarusian.every((row) => /[А-Яа-яЁё]/.test(row.nameRu ?? ''))).toBe(true);
    const companies = rows.filter((row) => row.kind === 'company');
    expect(companies.every((row) => row.descriptionEn?.startsWith('Fictitious demo company'))).toBe(true);
  });

  it('records the Great Stone agreement with its signatories and exactly its three directions', async () => {
    const [agreement] = await connection.db.select().from(agreements).where(eq(agreements.number, 'NB-DEMO-2025-001'));
    expect(agreement).toMatchObject({ status: 'active', kind: 'cooperation_agreement', placeEn: 'Minsk' });
    expect(agreement?.occasionEn).toContain('Aisen Nikolaev');
    const signatories = await connection.db
      .select({ name: persons.fullNameRu, party: agreementSignatories.partyOrganizationId })
      .from(agreementSignatories)
      .innerJoin(persons, eq(persons.id, agreementSignatories.personId))
      .where(eq(agreementSignatories.agreementId, agreement?.id ?? ''))
      .orderBy(asc(persons.fullNameRu));
    expect(signatories).toEqual([
      { name: 'Александр Ярошенко', party: idOf(orgKeys.greatStone) },
      { name: 'Евгений Колганов', party: idOf(orgKeys.projectManagementCenter) },
    ]);
    const codes = await connection.db
      .select({ code: directions.code })
      .from(agreementDirections)
      .innerJoin(directions, eq(directions.id, agreementDirections.directionId))
      .where(eq(agreementDirections.agreementId, agreement?.id ?? ''));
    expect(codes.map((row) => row.code).sort()).toEqual(['biotechnology', 'medicine', 'new_materials']);
  });

  it('sets the regional creative-industries targets for 2030 with demo actuals', async () => {
    const targetIn2030 = async (code: string) => {
      const [row] = await connection.db
        .select({ value: indicatorTargets.value, unit: indicators.unit, level: indicators.level })
        .from(indicatorTargets)
        .innerJoin(indicators, eq(indicators.id, indicatorTargets.indicatorId))
        .where(and(eq(indicators.code, code), eq(indicatorTargets.year, 2030)));
      return row;
    };
    expect(await targetIn2030(creativeEmploymentCode)).toEqual({ value: 70_000, unit: 'people', level: 'regional' });
    expect(await targetIn2030(creativeValueAddedCode)).toEqual({ value: 120, unit: 'billion_rub', level: 'regional' });
    const regional = await connection.db.select({ year: indicatorActuals.year }).from(indicatorActuals)
      .innerJoin(indicators, eq(indicators.id, indicatorActuals.indicatorId)).where(eq(indicators.level, 'regional'));
    // Base year 2023 up to the last closed year before the clock's 2026.
    expect(regional.map((row) => row.year).sort()).toEqual([2023, 2023, 2024, 2024, 2025, 2025]);
    const actuals = await connection.db.select().from(indicatorActuals);
    expect(actuals.every((row) => row.isDemo && row.source === demoActualSource)).toBe(true);
  });

  it('creates one demo user per role with the shared hash and the right scopes', async () => {
    const rows = await connection.db
      .select({ email: users.email, role: userRoles.role, scope: userRoles.scopeOrganizationId, hash: users.passwordHash })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .orderBy(asc(users.email));
    expect(rows).toEqual([
      { email: 'admin@demo.northbridge.local', role: 'admin', scope: null, hash: passwordHash },
      { email: 'analyst@demo.northbridge.local', role: 'analyst', scope: null, hash: passwordHash },
      { email: 'coordinator@demo.northbridge.local', role: 'coordinator', scope: null, hash: passwordHash },
      { email: 'member@demo.northbridge.local', role: 'member', scope: idOf(orgKeys.demoMemberCompany), hash: passwordHash },
      { email: 'park.manager@demo.northbridge.local', role: 'park_manager', scope: idOf(orgKeys.greatStone), hash: passwordHash },
    ]);
    const [memberCompany] = await connection.db.select().from(organizations).where(eq(organizations.id, idOf(orgKeys.demoMemberCompany)));
    expect(memberCompany?.nameZh).toBe('苏州瑞川生物科技有限公司');
  });

  it('refuses to seed twice, then seeds again after a reset', async () => {
    expect(await isDemoWorldPresent(connection.db)).toBe(true);
    await expect(seedDemoWorld(connection.db, { passwordHash, clock })).rejects.toThrow(/already/);
    await resetDatabaseContent(connection.db);
    expect(await isDemoWorldPresent(connection.db)).toBe(false);
    const [empty] = await connection.db.select({ value: count() }).from(organizations);
    expect(empty?.value).toBe(0);
    const again = await seedDemoWorld(connection.db, { passwordHash, clock });
    // Seeded ids: a reset keeps every demo link working.
    expect(again.organizationIds).toEqual(seeded.organizationIds);
  });

  it('draws the same world in another database', async () => {
    const other = await freshDatabase();
    try {
      await seedDemoWorld(other.db, { passwordHash, clock });
      const names = (connection: DatabaseConnection) =>
        connection.db
          .select({ ru: organizations.nameRu, en: organizations.nameEn, zh: organizations.nameZh })
          .from(organizations)
          .orderBy(asc(organizations.id));
      const [first, second] = await Promise.all([names(connection), names(other)]);
      expect(second).toEqual(first);
      expect(first.length).toBe(seeded.counts.organizations);
    } finally {
      await other.close();
    }
  }, 120_000);
});

describe('ensureDirections', () => {
  it('is idempotent and keeps the hierarchy', async () => {
    const connection = await freshDatabase();
    try {
      const first = await ensureDirections(connection.db);
      const second = await ensureDirections(connection.db);
      expect(second).toEqual(first);
      const rows = await connection.db.select().from(directions);
      expect(rows).toHaveLength(directionTaxonomy.length);
      const byId = new Map(rows.map((row) => [row.id, row]));
      const software = rows.find((row) => row.code === 'software');
      expect(byId.get(software?.parentId ?? '')?.code).toBe('high_tech');
      expect(rows.every((row) => row.labelRu && row.labelEn && row.labelZh)).toBe(true);
    } finally {
      await connection.close();
    }
  }, 30_000);
});
