/**
 * Loads the large registry of registry-data.ts into a migrated database, in multi-row inserts of
 * 1,000 organizations, then ANALYZE so the planner sees the real sizes.
 * Run alone: npx tsx bench/generate-registry.ts [organizations] [--postgres URL | --pglite DIR]
 */
import { directions, ecosystemMemberships, organizationDirections, organizations } from '../src/server/db/schema/index';
import type { DatabaseConnection } from '../src/server/db/client';
import { applyMigrations } from '../src/server/db/migrate';
import { ensureReferenceData } from '../src/server/db/reference/reference-data';
import { searchColumnsOf } from '../src/server/features/registry/search-columns';
import { defaultPlan, registryBatches, type RegistryPlan } from './registry-data';

export type LoadedRegistry = { organizations: number; memberships: number; directionLinks: number; ms: number };

/** Migrates the database, adds the reference data and the registry; the database must be empty. */
export async function loadRegistry(connection: DatabaseConnection, plan: RegistryPlan = defaultPlan, onProgress?: (done: number) => void): Promise<LoadedRegistry> {
  const started = performance.now();
  await applyMigrations(connection);
  await ensureReferenceData(connection.db);
  const directionIds = new Map((await connection.db.select({ id: directions.id, code: directions.code }).from(directions)).map((d) => [d.code, d.id]));
  const loaded = { organizations: 0, memberships: 0, directionLinks: 0 };
  const now = new Date('2026-01-15T00:00:00Z');
  for (const batch of registryBatches(plan)) {
    await connection.db.transaction(async (tx) => {
      await tx.insert(organizations).values(batch.organizations.map(({ directionCodes: _codes, ...organization }) => ({ ...organization, ...searchColumnsOf(organization), createdAt: now, updatedAt: now })));
      const links = batch.organizations.flatMap((o) => o.directionCodes.map((code) => ({ organizationId: o.id, directionId: directionIds.get(code)! })));
      if (links.length) await tx.insert(organizationDirections).values(links);
      if (batch.memberships.length) await tx.insert(ecosystemMemberships).values(batch.memberships.map((m) => ({ ...m, createdAt: now, updatedAt: now })));
      loaded.directionLinks += links.length;
    });
    loaded.organizations += batch.organizations.length;
    loaded.memberships += batch.memberships.length;
    onProgress?.(loaded.organizations);
  }
  await connection.executeSql('analyze');
  return { ...loaded, ms: Math.round(performance.now() - started) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openPglite, openPostgres } = await import('../src/server/db/client');
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? defaultPlan.organizations);
  const at = (flag: string) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
  const postgresUrl = at('--postgres');
  const connection = postgresUrl ? await openPostgres(postgresUrl) : await openPglite(at('--pglite'));
  const plan = { ...defaultPlan, organizations: count, memberships: Math.round(count * 1.5) };
  const result = await loadRegistry(connection, plan, (done) => { if (done % 10_000 < 1000) process.stderr.write(`${done} organizations\n`); });
  console.log(JSON.stringify({ engine: connection.engine, ...result }));
  await connection.close();
}
