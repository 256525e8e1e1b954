import { spawn } from 'node:child_process';
import { createPgliteClient } from '../db/client';
import { acquireDataDirLock } from '../db/data-dir-lock';
import { clientArguments, type DatabaseLocation } from './dump';

export class RestoreRefusedError extends Error {}

/**
 * Settings newer servers write into a dump that older ones do not know: PGlite is PostgreSQL 18,
 * a server may be 15. Only `SET` lines of such settings are dropped, nothing that carries data.
 */
const settingsSince: Record<string, number> = { transaction_timeout: 170000 };

export function adaptToServer(sql: string, serverVersionNum: number): string {
  return sql.replace(/^SET (\w+) = [^;\n]*;\n/gm, (line, name: string) => ((settingsSince[name] ?? 0) > serverVersionNum ? '' : line));
}

/** Restores a dump into an empty database, in one transaction: all of it, or nothing. */
export async function restoreDatabase(location: DatabaseLocation, sql: string): Promise<void> {
  if (location.engine === 'pglite') await restorePglite(location.dataDir, sql);
  else await restorePostgres(location.url, sql);
}

const userTablesQuery = `select count(*)::int as count from pg_catalog.pg_tables where schemaname not in ('pg_catalog', 'information_schema')`;
const refuseNonEmpty = (count: number) => {
  if (count > 0) throw new RestoreRefusedError(`The target database already has ${count} tables; restore only into an empty database.`);
};

async function restorePglite(dataDir: string, sql: string) {
  const releaseLock = acquireDataDirLock(dataDir);
  try {
    const client = await createPgliteClient(dataDir);
    try {
      refuseNonEmpty((await client.query<{ count: number }>(userTablesQuery)).rows[0]!.count);
      const version = Number((await client.query<{ v: string }>('show server_version_num')).rows[0]!.v);
      await client.transaction(async (tx) => {
        await tx.exec(adaptToServer(sql, version));
      });
    } finally {
      await client.close();
    }
  } finally {
    releaseLock();
  }
}

function runPsql(url: string, args: string[], input?: string): Promise<string> {
  const { dbname, env } = clientArguments(url);
  return new Promise((resolve, reject) => {
    const child = spawn('psql', ['--no-psqlrc', '--quiet', '--tuples-only', '--no-align', '-v', 'ON_ERROR_STOP=1', ...args, `--dbname=${dbname}`], { stdio: ['pipe', 'pipe', 'pipe'], env });
    let out = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', (error) => reject(new Error(`psql could not be started (${error.message}); install the PostgreSQL client tools`)));
    child.once('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`psql failed: ${errors.trim()}`))));
    child.stdin.end(input ?? '');
  });
}

async function restorePostgres(url: string, sql: string) {
  refuseNonEmpty(Number(await runPsql(url, ['-c', userTablesQuery])));
  const version = Number(await runPsql(url, ['-c', 'show server_version_num']));
  await runPsql(url, ['--single-transaction', '-f', '-'], adaptToServer(sql, version));
}
