import { spawn } from 'node:child_process';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { createPgliteClient } from '../db/client';
import { acquireDataDirLock } from '../db/data-dir-lock';

/** Where the data is: the embedded engine's folder or a PostgreSQL server. */
export type DatabaseLocation = { engine: 'pglite'; dataDir: string } | { engine: 'postgres'; url: string };

/**
 * The options both dumps share: plain SQL of INSERTs, without owners or grants, so that the file
 * restores into either engine through a plain SQL executor (PGlite has no COPY from a client) and
 * under any role. Rows go 500 to an INSERT to keep restores fast.
 */
const portableOptions = ['--no-owner', '--no-privileges', '--rows-per-insert=500'];

/** A pg_dump-compatible SQL dump of the whole database: schema, data, migration history. */
export async function dumpDatabase(location: DatabaseLocation): Promise<string> {
  return location.engine === 'pglite' ? dumpPglite(location.dataDir) : dumpPostgres(location.url);
}

async function dumpPglite(dataDir: string): Promise<string> {
  // The embedded engine allows one process at a time: the server must be stopped for a backup.
  const releaseLock = acquireDataDirLock(dataDir);
  try {
    const client = await createPgliteClient(dataDir);
    try {
      // pg_dump compiled to WebAssembly, talking to this PGlite: the same output as the real tool.
      const file = await pgDump({ pg: client, args: portableOptions });
      return await file.text();
    } finally {
      await client.close();
    }
  } finally {
    releaseLock();
  }
}

/** The URL without its password (which goes by environment, never on a command line others can read). */
export function clientArguments(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function dumpPostgres(url: string): Promise<string> {
  const { dbname, env } = clientArguments(url);
  return new Promise((resolve, reject) => {
    const child = spawn('pg_dump', [...portableOptions, '--inserts', `--dbname=${dbname}`], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const out: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', (error) => reject(new Error(`pg_dump could not be started (${error.message}); install the PostgreSQL client tools of the server's version or newer`)));
    child.once('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`pg_dump failed: ${errors.trim()}`))));
  });
}
