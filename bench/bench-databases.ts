import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseConnection } from '../src/server/db/client';

export const defaultPostgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type BenchDatabase = { connection: DatabaseConnection; url?: string; dispose: () => Promise<void> };

/** A database of its own for one run on the PostgreSQL server, dropped by dispose(). */
export async function freshPostgres(serverUrl = defaultPostgresUrl, poolSize = 10): Promise<BenchDatabase> {
  const name = `nb_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await openPostgres(url.toString(), poolSize);
  return {
    connection,
    url: url.toString(),
    dispose: async () => {
      await connection.close();
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** PGlite in a temporary folder, removed by dispose(). */
export async function freshPglite(): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-bench-pglite-'));
  const connection = await openPglite(dir);
  return {
    connection,
    dispose: async () => {
      await connection.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
