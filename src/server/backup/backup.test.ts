import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../bootstrap';
import { openPglite, openPostgres, type DatabaseConnection } from '../db/client';
import { dumpDatabase, type DatabaseLocation } from './dump';
import { adaptToServer, restoreDatabase, RestoreRefusedError } from './restore';

const quiet = { info: () => {}, warn: () => {} };
const serverUrl = process.env.TEST_DATABASE_URL;
const onServer = process.env.TEST_ENGINE === 'postgres' && Boolean(serverUrl);
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function emptyDataDir(): DatabaseLocation {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'northbridge-backup-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  return { engine: 'pglite', dataDir };
}

async function emptyServerDatabase(): Promise<DatabaseLocation> {
  const name = `nb_backup_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  });
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return { engine: 'postgres', url: url.toString() };
}

const open = (location: DatabaseLocation) => (location.engine === 'pglite' ? openPglite(location.dataDir) : openPostgres(location.url, 2));

async function withConnection<T>(location: DatabaseLocation, use: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
  const connection = await open(location);
  try {
    return await use(connection);
  } finally {
    await connection.close();
  }
}

/**
 * Every table of every schema the app owns, as its row count and a hash of its rows; the hash of
 * each row's text, sorted, so neither the engines' collations nor the physical order matter.
 */
async function fingerprint(connection: DatabaseConnection): Promise<Record<string, string>> {
  await connection.executeSql(`set timezone = 'UTC'`);
  const tables = (await connection.executeSql(`select schemaname || '.' || tablename as name from pg_catalog.pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1`)).rows as { name: string }[];
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [schema, table] = name.split('.');
    const quoted = `"${schema}"."${table}"`;
    const { rows } = await connection.executeSql(`select count(*)::int as n, coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '-') as h from ${quoted} t`, []);
    const row = rows[0] as { n: number; h: string };
    result[name] = `${row.n} ${row.h}`;
  }
  return result;
}

describe('backup and restore', () => {
  let source: DatabaseLocation;
  let original: Record<string, string>;
  let dump: string;

  beforeAll(async () => {
    // The demo world is the source: every table the product has, with data in most of them.
    source = onServer ? await emptyServerDatabase() : emptyDataDir();
    original = await withConnection(source, async (connection) => {
      await prepareDatabase(connection, { demo: true, log: quiet });
      return fingerprint(connection);
    });
    dump = await dumpDatabase(source);
  }, 180_000);

  it('dumps every table of the demo world as portable SQL', () => {
    expect(Object.keys(original).length).toBeGreaterThan(15);
    expect(original['public.organizations']).toMatch(/^[1-9]\d+ /);
    expect(dump).toContain('CREATE TABLE public.organizations');
    expect(dump).toContain('INSERT INTO public.organizations');
    expect(dump).not.toMatch(/^COPY /m); // PGlite cannot take COPY from a client
    expect(dump).not.toMatch(/OWNER TO|GRANT /);
  });

  it(`restores into an empty ${onServer ? 'server' : 'embedded'} database with every table equal`, async () => {
    const target = onServer ? await emptyServerDatabase() : emptyDataDir();
    await restoreDatabase(target, dump);
    expect(await withConnection(target, fingerprint)).toEqual(original);
  }, 120_000);

  // The suite on the server also proves the move from the embedded database to a server.
  if (onServer) it('moves the embedded database to a PostgreSQL server with every table equal', async () => {
    const embedded = emptyDataDir();
    const fromEmbedded = await withConnection(embedded, async (connection) => {
      await prepareDatabase(connection, { demo: true, log: quiet });
      return fingerprint(connection);
    });
    const server = await emptyServerDatabase();
    await restoreDatabase(server, await dumpDatabase(embedded));
    expect(await withConnection(server, fingerprint)).toEqual(fromEmbedded);
  }, 180_000);

  it('refuses to restore over a database that has tables, and changes nothing there', async () => {
    const target = onServer ? await emptyServerDatabase() : emptyDataDir();
    await withConnection(target, (connection) => connection.executeSql('create table kept (id int); insert into kept values (1)').then(() => undefined));
    await expect(restoreDatabase(target, dump)).rejects.toBeInstanceOf(RestoreRefusedError);
    const kept = await withConnection(target, fingerprint);
    expect(kept).toEqual({ 'public.kept': expect.stringMatching(/^1 /) });
  });

  it('applies all of a broken dump or nothing', async () => {
    const target = onServer ? await emptyServerDatabase() : emptyDataDir();
    const broken = `${dump}\nINSERT INTO public.organizations (id) VALUES ('not a uuid');\n`;
    await expect(restoreDatabase(target, broken)).rejects.toThrow();
    expect(await withConnection(target, fingerprint)).toEqual({});
  }, 120_000);
});

describe('adaptToServer', () => {
  it('drops only settings the older server does not know', () => {
    const sql = "SET lock_timeout = 0;\nSET transaction_timeout = 0;\nINSERT INTO t VALUES ('SET transaction_timeout = 0;');\n";
    expect(adaptToServer(sql, 150010)).toBe("SET lock_timeout = 0;\nINSERT INTO t VALUES ('SET transaction_timeout = 0;');\n");
    expect(adaptToServer(sql, 180000)).toBe(sql);
  });
});
