import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseConnection } from '../db/client';
import { applyMigrations } from '../db/migrate';
import { ensureReferenceData } from '../db/reference/reference-data';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — in the postgres suite —
 * a new database on the server named by TEST_DATABASE_URL, dropped when the file is done.
 */
export async function createTestDatabase(): Promise<DatabaseConnection> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_ENGINE !== 'postgres' || !serverUrl) {
    const connection = await openPglite(undefined);
    await prepare(connection);
    return connection;
  }
  const name = `nb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await openPostgres(url.toString(), 4);
  await prepare(connection);
  return {
    ...connection,
    close: async () => {
      await connection.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

async function prepare(connection: DatabaseConnection) {
  await applyMigrations(connection);
  await ensureReferenceData(connection.db);
}
