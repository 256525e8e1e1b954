import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../db/client';
import { sessions } from '../db/schema/index';
import { systemClock } from '../lib/clock';
import { createUser } from '../test-support/factories';
import { createTestDatabase } from '../test-support/test-database';
import { housekeepingJobs } from './housekeeping.jobs';
import { startJobQueue, type JobQueue } from './job-queue';

let connection: DatabaseConnection;
let queue: JobQueue;
const errors: Error[] = [];
beforeAll(async () => {
  connection = await createTestDatabase();
  queue = await startJobQueue(connection, housekeepingJobs({ db: connection.db, clock: systemClock }), (error) => errors.push(error));
});
afterAll(async () => {
  await queue.stop();
  await connection.close();
});

describe('job queue on the app\'s own connection', () => {
  it('runs the session pruning job: expired sessions go, live ones stay', async () => {
    const user = await createUser(connection.db);
    const hour = 3600_000;
    await connection.db.insert(sessions).values([
      { userId: user.id, tokenHash: 'expired', expiresAt: new Date(Date.now() - hour) },
      { userId: user.id, tokenHash: 'live', expiresAt: new Date(Date.now() + hour) },
    ]);
    const id = await queue.send('prune-expired-sessions');
    expect(id).toBeTruthy();
    expect(await queue.waitFor('prune-expired-sessions', id!)).toBe('completed');
    const left = await connection.db.select({ tokenHash: sessions.tokenHash }).from(sessions);
    expect(left.map((s) => s.tokenHash)).toEqual(['live']);
    expect(errors).toEqual([]);
  });
});
