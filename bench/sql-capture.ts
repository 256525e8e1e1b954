import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database, DatabaseConnection } from '../src/server/db/client';
import * as schema from '../src/server/db/schema/index';

export type CapturedQuery = { sql: string; params: unknown[] };

/**
 * A second Drizzle handle on the same driver client that writes down every statement with its
 * parameters. A service built on it runs its real code, so the benchmark replays exactly the SQL
 * the app sends, not a hand-written look-alike.
 */
export function capturingDatabase(connection: DatabaseConnection): { db: Database; take: () => CapturedQuery[] } {
  let log: CapturedQuery[] = [];
  const logger = { logQuery: (sql: string, params: unknown[]) => void log.push({ sql, params }) };
  const client = (connection.db as unknown as { $client: unknown }).$client;
  const db = connection.engine === 'postgres'
    ? drizzleNodePostgres({ client: client as pg.Pool, schema, logger })
    : drizzlePglite({ client: client as PGlite, schema, logger });
  return { db: db as unknown as Database, take: () => { const taken = log; log = []; return taken; } };
}

/** Runs one captured statement straight on the driver, without Drizzle, the service or HTTP. */
export function runRaw(connection: DatabaseConnection, query: CapturedQuery) {
  return connection.executeSql(query.sql, query.params);
}
