/** Reads the configuration, opens and prepares the database, listens, and shuts down gracefully. */
import { readFileSync } from 'node:fs';
import type pino from 'pino';
import { buildApp, defaultWebRoot } from './app';
import { demoCredentialsText, prepareDatabase } from './bootstrap';
import { parseCommandLine, type Config } from './config';
import { openPglite, openPostgres, type DatabaseConnection } from './db/client';
import { acquireDataDirLock, DataDirLockedError } from './db/data-dir-lock';
import { housekeepingJobs } from './jobs/housekeeping.jobs';
import { startJobQueue } from './jobs/job-queue';
import { systemClock } from './lib/clock';
import { createLogger } from './lib/logger';

const startedAt = performance.now();
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;


async function openDatabase(config: Config): Promise<{ connection: DatabaseConnection; releaseLock: () => void }> {
  if (config.databaseUrl) return { connection: await openPostgres(config.databaseUrl, 10, (error) => console.error('A database connection was closed by the server:', error.message)), releaseLock: () => {} };
  const releaseLock = acquireDataDirLock(config.dataDir);
  try {
    return { connection: await openPglite(config.dataDir), releaseLock };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

async function main() {
  const parsed = parseCommandLine(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    console.log(parsed.text);
    return;
  }
  if (parsed.kind === 'invalid') {
    console.error(['Northbridge cannot start: the configuration is not valid.', ...parsed.problems.map((p) => `  - ${p}`)].join('\n'));
    process.exitCode = 2;
    return;
  }
  const { config } = parsed;
  const log = createLogger(config.logLevel);
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exitCode = 3;
      return;
    }
    throw error;
  }
  const { connection, releaseLock } = database;
  const cleanups: (() => Promise<void>)[] = [async () => connection.close()];
  const cleanUp = async () => {
    // Last opened, first closed; the lock goes only after the database is closed.
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log.error({ err: error }, 'error while stopping'));
    releaseLock();
  };
  try {
    await serve(config, parsed.demoResetOnly, connection, log, cleanups);
  } catch (error) {
    log.fatal({ err: error }, 'Northbridge could not start');
    await cleanUp();
    process.exitCode = 1;
    return;
  }
  if (parsed.demoResetOnly) {
    await cleanUp();
    return;
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: no new connections, finishing requests in flight');
    void cleanUp().then(() => log.info('stopped'));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

async function serve(config: Config, demoResetOnly: boolean, connection: DatabaseConnection, log: pino.Logger, cleanups: (() => Promise<void>)[]) {
  log.info({ engine: connection.engine, dataDir: connection.engine === 'pglite' ? config.dataDir : undefined }, 'database opened');
  const prepared = await prepareDatabase(connection, {
    demo: config.demo || demoResetOnly,
    resetDemo: demoResetOnly,
    adminEmail: config.adminEmail,
    adminPassword: config.adminPassword,
    log,
  });
  if (prepared.demoBuilt) console.log(demoCredentialsText());
  if (demoResetOnly) return;

  const app = await buildApp({
    connection,
    logger: log,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    sessionDays: config.sessionDays,
    bodyLimitBytes: config.bodyLimitBytes,
    webRoot: defaultWebRoot,
    version,
  });
  const jobs = await startJobQueue(connection, [...housekeepingJobs({ db: connection.db, clock: systemClock }), ...app.jobs.definitions], (error) => log.error({ err: error }, 'job queue error'));
  app.jobs.sender.attach(jobs);
  cleanups.push(() => jobs.stop());
  // Closing the app stops accepting connections and waits for requests in flight.
  cleanups.push(() => app.close());
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port, startMs: Math.round(performance.now() - startedAt) }, `Northbridge is ready at http://localhost:${port}`);
}

main().catch((error: unknown) => {
  console.error('Northbridge stopped on an unexpected error:', error);
  process.exitCode = 1;
});
