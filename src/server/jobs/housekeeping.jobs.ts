import type { Database } from '../db/client';
import type { Clock } from '../lib/clock';
import { pruneExpiredSessions } from '../features/auth/auth.service';
import { pruneIdempotencyKeys } from '../lib/idempotency';
import type { JobDefinition } from './job-queue';

/** Jobs that keep the database tidy; each names the feature service it calls. */
export function housekeepingJobs({ db, clock }: { db: Database; clock: Clock }): JobDefinition[] {
  return [
    { name: 'prune-expired-sessions', cron: '17 * * * *', handler: async () => pruneExpiredSessions(db, clock.now()) },
    { name: 'prune-idempotency-keys', cron: '23 * * * *', handler: async () => pruneIdempotencyKeys(db, clock.now()) },
  ];
}
