import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPgliteClient, openPostgres, pgliteConnection } from '../db/client';
import { onServer, prepare } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * A migrated database with the reference data that every test file's database is made from:
     * a PGlite data-folder dump (a file) in the pglite suite, a template database on the server
     * in the postgres suite.
     */
    databaseTemplate: string | undefined;
  }
}

/** Migrates once per suite instead of once per test file. */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (project.name === 'server-postgres' && serverUrl) {
    const name = `nb_template_${randomBytes(6).toString('hex')}`;
    await onServer(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const connection = await openPostgres(url.toString(), 1);
    await prepare(connection);
    await connection.close();
    project.provide('databaseTemplate', name);
    return () => onServer(serverUrl, `drop database if exists ${name} with (force)`);
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'northbridge-test-template-'));
  const file = path.join(folder, 'migrated.tar');
  const client = await createPgliteClient(undefined);
  await prepare(pgliteConnection(client));
  await writeFile(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await client.close();
  project.provide('databaseTemplate', file);
  return () => rm(folder, { recursive: true, force: true });
}
