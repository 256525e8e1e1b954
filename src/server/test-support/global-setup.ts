import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../bootstrap';
import { createPgliteClient, openPostgres, pgliteConnection, type DatabaseConnection } from '../db/client';
import { onServer, prepare } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * A migrated database with the reference data that every test file's database is made from:
     * a PGlite data-folder dump (a file) in the pglite suite, a template database on the server
     * in the postgres suite.
     */
    databaseTemplate: string | undefined;
    /** The same, with the demo world built in it: for the files that test against the demo world. */
    demoDatabaseTemplate: string | undefined;
  }
}

const quiet = { info: () => {}, warn: () => {} };
const buildDemoWorld = (connection: DatabaseConnection) => prepareDatabase(connection, { demo: true, log: quiet });

/**
 * Migrates once per suite instead of once per test file, and builds the demo world once for the
 * dozen files that read it.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (project.name === 'server-postgres' && serverUrl) {
    const suffix = randomBytes(6).toString('hex');
    const migrated = `nb_template_${suffix}`;
    const demo = `nb_demo_template_${suffix}`;
    await templateOnServer(serverUrl, migrated, undefined, prepare);
    await templateOnServer(serverUrl, demo, migrated, buildDemoWorld);
    project.provide('databaseTemplate', migrated);
    project.provide('demoDatabaseTemplate', demo);
    return async () => {
      await onServer(serverUrl, `drop database if exists ${demo} with (force)`);
      await onServer(serverUrl, `drop database if exists ${migrated} with (force)`);
    };
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'northbridge-test-template-'));
  const client = await createPgliteClient(undefined);
  await prepare(pgliteConnection(client));
  const migrated = path.join(folder, 'migrated.tar');
  await writeFile(migrated, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await buildDemoWorld(pgliteConnection(client));
  const demo = path.join(folder, 'demo-world.tar');
  await writeFile(demo, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await client.close();
  project.provide('databaseTemplate', migrated);
  project.provide('demoDatabaseTemplate', demo);
  return () => rm(folder, { recursive: true, force: true });
}

async function templateOnServer(serverUrl: string, name: string, from: string | undefined, fill: (connection: DatabaseConnection) => Promise<unknown>) {
  await onServer(serverUrl, `create database ${name}${from ? ` template ${from}` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await openPostgres(url.toString(), 1);
  try {
    await fill(connection);
  } finally {
    await connection.close();
  }
}
