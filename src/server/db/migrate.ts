import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { DatabaseConnection } from './client';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Applies the committed SQL migrations on the app's own connection. */
export async function applyMigrations(connection: DatabaseConnection): Promise<void> {
  if (connection.engine === 'pglite') {
    await migratePglite(connection.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migrateNodePostgres(connection.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}

/** The newest applied migration, for the health endpoint. */
export async function currentMigration(connection: DatabaseConnection): Promise<{ count: number; lastAppliedAt: number | null }> {
  const result = await connection.executeSql('select count(*)::text as count, max(created_at)::text as last from drizzle.__drizzle_migrations');
  const row = result.rows[0] as { count: string; last: string | null } | undefined;
  return { count: Number(row?.count ?? 0), lastAppliedAt: row?.last ? Number(row.last) : null };
}
