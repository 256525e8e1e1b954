import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repos accept both so services decide the boundary. */
export type Executor = Database | Transaction;

export type DatabaseConnection = {
  engine: 'pglite' | 'postgres';
  db: Database;
  /** Runs raw SQL with parameters; used by the job queue and health checks. */
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  /**
   * Receives the NOTIFY messages of one channel (a lower-case identifier). On PostgreSQL a
   * connection of its own listens, and `ended` settles when it is lost (messages sent meanwhile
   * are lost with it); PGlite delivers a message before the committing statement returns, and
   * never ends.
   */
  listen: (channel: string, onMessage: (payload: string) => void) => Promise<Listener>;
  close: () => Promise<void>;
};

export type Listener = { ended: Promise<void>; close: () => Promise<void> };

function checkedChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  return channel;
}

/**
 * The embedded engine itself, with the extensions the schema needs (the backup tools use it
 * directly). `loadDataDir`: start from a dump of another PGlite's data folder (tests start from a
 * migrated one).
 */
export function createPgliteClient(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create(dataDir ?? 'memory://', { extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });
}

/** Opens PGlite in a folder (or in memory when dataDir is undefined). */
export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<DatabaseConnection> {
  return pgliteConnection(await createPgliteClient(dataDir, loadDataDir));
}

/** The connection over an engine the caller opened (and may still use directly). */
export function pgliteConnection(client: PGlite): DatabaseConnection {
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    engine: 'pglite',
    db,
    executeSql: async (text, values) => {
      if (!values || values.length === 0) {
        // Text without parameters may hold several statements; only exec runs those.
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return client.query(text, values);
    },
    listen: async (channel, onMessage) => {
      const unlisten = await client.listen(checkedChannel(channel), onMessage);
      return { ended: new Promise<void>(() => {}), close: () => unlisten() };
    },
    close: () => client.close(),
  };
}

/** Opens a pool on a PostgreSQL server. */
export async function openPostgres(connectionString: string, poolSize = 10, onIdleError?: (error: Error) => void): Promise<DatabaseConnection> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle connection the server ends (a restart, an administrator) must not bring the process
  // down: the pool drops it and opens a new one when needed.
  pool.on('error', (error) => onIdleError?.(error));
  // Fail at start, with the server's message, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzleNodePostgres({ client: pool, schema }) as unknown as Database;
  return {
    engine: 'postgres',
    db,
    executeSql: async (text, values) => pool.query(text, values as unknown[] | undefined),
    listen: async (channel, onMessage) => {
      const client = new pg.Client({ connectionString });
      client.on('notification', (message) => { if (message.channel === channel) onMessage(message.payload ?? ''); });
      // A lost connection is reported through `ended`; an unhandled 'error' would end the process.
      client.on('error', () => {});
      const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
      await client.connect();
      try {
        await client.query(`listen ${checkedChannel(channel)}`);
      } catch (error) {
        await client.end();
        throw error;
      }
      return { ended, close: () => client.end() };
    },
    close: () => pool.end(),
  };
}
