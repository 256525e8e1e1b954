import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseConnection } from '../db/client';
import { prepareDatabase } from '../bootstrap';
import { applyMigrations } from '../db/migrate';
import { ensureReferenceData } from '../db/reference/reference-data';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — in the postgres suite —
 * a new database on the server named by TEST_DATABASE_URL, dropped when the file is done. Both
 * start from the template the suite's global setup migrated once (see `global-setup.ts`); without
 * one (a script, not a suite) they are migrated here. `demo-world` starts from the suite's copy
 * with the demo world built (or builds it, outside a suite).
 */
export async function createTestDatabase(content: 'empty' | 'demo-world' = 'empty'): Promise<DatabaseConnection> {
  const demoTemplate = content === 'demo-world' ? templateOfThisSuite('demoDatabaseTemplate') : undefined;
  const connection = await openTestDatabase(demoTemplate ?? templateOfThisSuite('databaseTemplate'));
  if (content === 'demo-world' && !demoTemplate) await prepareDatabase(connection, { demo: true, log: { info: () => {}, warn: () => {} } });
  return connection;
}

async function openTestDatabase(template: string | undefined): Promise<DatabaseConnection> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_ENGINE !== 'postgres' || !serverUrl) {
    const connection = await openPglite(undefined, template ? new Blob([await readFile(template)]) : undefined);
    await prepare(connection);
    return connection;
  }
  const name = `nb_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await openPostgres(url.toString(), 4);
  await prepare(connection);
  return {
    ...connection,
    close: async () => {
      await connection.close();
      await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

function templateOfThisSuite(key: 'databaseTemplate' | 'demoDatabaseTemplate'): string | undefined {
  try {
    return inject(key);
  } catch {
    return undefined; // not inside a Vitest run
  }
}

export async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Migrations and reference data; on a database made from the template both find nothing to do. */
export async function prepare(connection: DatabaseConnection): Promise<void> {
  await applyMigrations(connection);
  await ensureReferenceData(connection.db);
}
