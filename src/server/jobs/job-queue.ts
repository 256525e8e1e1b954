/**
 * Background jobs (imports, recomputations, digests, housekeeping) on pg-boss, over the app's own
 * database connection on both engines — see docs/decisions/012-background-jobs-pg-boss.md.
 */
import PgBoss from 'pg-boss';
import type { DatabaseConnection } from '../db/client';

export type JobHandler = (data: unknown) => Promise<void>;
export type JobDefinition = {
  name: string;
  handler: JobHandler;
  cron?: string;
  /** At start: sends again the work a stopped process left unfinished (e.g. an import killed mid-run). */
  recover?: (send: (data: object) => Promise<unknown>) => Promise<void>;
};

export type JobQueue = {
  send: (name: string, data?: object) => Promise<string | null>;
  /** Waits until a job is completed or failed; for tests and for callers that must know. */
  waitFor: (name: string, id: string, timeoutMs?: number) => Promise<'completed' | 'failed'>;
  stop: () => Promise<void>;
};

export async function startJobQueue(connection: DatabaseConnection, definitions: JobDefinition[], onError: (error: Error) => void): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: connection.executeSql },
    schema: 'pgboss',
    // Keep the embedded database quiet: no busy polling, a daily sweep of old jobs.
    maintenanceIntervalSeconds: 300,
  } as PgBoss.ConstructorOptions);
  boss.on('error', onError);
  await boss.start();
  for (const definition of definitions) {
    await boss.createQueue(definition.name);
    await boss.work(definition.name, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await definition.handler(job.data);
    });
    if (definition.cron) await boss.schedule(definition.name, definition.cron);
    await definition.recover?.((data) => boss.send(definition.name, data));
  }
  return {
    send: (name, data) => boss.send(name, data ?? {}),
    async waitFor(name, id, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const job = await boss.getJobById(name, id);
        if (job?.state === 'completed') return 'completed';
        if (job?.state === 'failed') return 'failed';
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`job ${name} ${id} did not finish within ${timeoutMs} ms`);
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}

/**
 * Services are built before the queue starts (the queue needs their handlers), so they get a
 * sender that the queue is attached to once it runs. Without a queue (some tests), jobs run at once
 * in the same process through the same handlers.
 */
export type JobSender = {
  send: (name: string, data: object) => Promise<string | null>;
  attach: (queue: JobQueue) => void;
  /** Resolves once every job run without a queue has finished, including jobs those jobs sent. */
  settled: () => Promise<void>;
};

export function createJobSender(inline: () => JobDefinition[]): JobSender {
  let queue: JobQueue | undefined;
  const running = new Set<Promise<void>>();
  return {
    attach: (started) => { queue = started; },
    async send(name, data) {
      if (queue) return queue.send(name, data);
      const definition = inline().find((d) => d.name === name);
      if (!definition) throw new Error(`no job named ${name}`);
      // Detached like a queued job: the request that sent it does not wait. A failed job is
      // dropped as a queued one would be marked failed; its own handler reports what went wrong.
      const run = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => definition.handler(data))
        .catch(() => {})
        .finally(() => running.delete(run));
      running.add(run);
      return null;
    },
    async settled() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
