import { eq, getTableName, is, sql } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import * as schema from '../db/schema/index';
import { demoAdminEmail } from './demo-users';

/** The demo world is there when its admin is: the start decides from this whether to seed. */
export async function isDemoWorldPresent(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, demoAdminEmail)).limit(1);
  return rows.length > 0;
}

/**
 * Empties every table of the app — not drizzle's migration journal, which lives in its own schema —
 * in one statement, so `npm run demo:reset` can seed again from scratch. The table list comes from
 * the Drizzle schema, so a table added later is emptied too. Reference data (the direction taxonomy)
 * goes as well: the start puts it back with `ensureDirections`.
 */
export async function resetDatabaseContent(db: Executor): Promise<void> {
  const tables = Object.values(schema)
    .filter((value: unknown): value is PgTable => is(value, PgTable))
    // The registry's change counter is not content: emptying it would let a process that remembers
    // totals under an old generation meet that number again (the truncate triggers bump it instead).
    .filter((table) => table !== schema.registryGeneration)
    .map((table) => `"${getTableConfig(table).schema ?? 'public'}"."${getTableName(table)}"`);
  await db.execute(sql.raw(`truncate table ${tables.join(', ')} restart identity cascade`));
}
