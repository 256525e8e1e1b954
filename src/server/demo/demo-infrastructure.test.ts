import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseConnection } from '../db/client';
import { infrastructureObjects, investorRequests, organizations } from '../db/schema/index';
import { createInfrastructureService } from '../features/infrastructure/infrastructure.service';
import { createTestDatabase } from '../test-support/test-database';
import { orgKeys } from './demo-world-types';
import { seedDemoWorld, type SeededDemoWorld } from './seed-demo-world';

const passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$ZGVtby1zYWx0$ZGVtby1oYXNo';
const clock = { now: () => new Date('2026-11-26T09:00:00Z') };

describe('the demo infrastructure', () => {
  let connection: DatabaseConnection;
  let seeded: SeededDemoWorld;
  beforeAll(async () => {
    connection = await createTestDatabase();
    seeded = await seedDemoWorld(connection.db, { passwordHash, clock });
  }, 60_000);
  afterAll(async () => connection?.close());

  it('offers "Great Stone" offices, warehouses, a hotel, production sites and the residential micro-district near Smolevichi', async () => {
    const rows = await connection.db.select().from(infrastructureObjects).where(eq(infrastructureObjects.ecosystemId, seeded.organizationIds.get(orgKeys.greatStone)!));
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['office', 'warehouse', 'hotel', 'production_building', 'production_site', 'land_plot', 'laboratory', 'housing']));
    // East of Minsk, between the airport and Smolevichi.
    for (const row of rows) {
      expect(row.latitude).toBeGreaterThan(53.9);
      expect(row.latitude).toBeLessThan(54.0);
      expect(row.longitude).toBeGreaterThan(28.0);
      expect(row.longitude).toBeLessThan(28.25);
    }
    expect(rows.filter((r) => r.status === 'occupied').length).toBeGreaterThan(0);
  });

  it('has objects of other ecosystems, all of them ecosystems', async () => {
    const rows = await connection.db.select({ kind: organizations.kind }).from(infrastructureObjects).innerJoin(organizations, eq(organizations.id, infrastructureObjects.ecosystemId));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['industrial_park', 'it_cluster', 'technopark', 'it_park']));
  });

  it('has requests in every state', async () => {
    const rows = await connection.db.select({ status: investorRequests.status }).from(investorRequests);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['new', 'in_progress', 'resident_registered', 'declined']));
  });

  it('shows occupancy growing over the last two years from its history', async () => {
    const service = createInfrastructureService({ db: connection.db, clock });
    const actor = { kind: 'user' as const, id: 'x', email: 'c@x', fullName: 'C', language: 'en' as const, roles: ['coordinator' as const], memberOrganizationIds: [], managedEcosystemIds: [], via: 'session' as const };
    const { points } = await service.occupancy({ ecosystemId: seeded.organizationIds.get(orgKeys.greatStone)!, months: 24 }, { actor, requestId: 'test' });
    const first = points[0]!;
    const last = points.at(-1)!;
    expect(last.occupied).toBeGreaterThan(first.occupied);
    expect(last.available + last.reserved + last.occupied).toBeGreaterThan(first.available + first.reserved + first.occupied);
  });
});
