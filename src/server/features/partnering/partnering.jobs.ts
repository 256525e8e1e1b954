import type { Database } from '../../db/client';
import type { JobDefinition } from '../../jobs/job-queue';
import type { Clock } from '../../lib/clock';
import { profileExpiryJobName, sweepProfileExpiry } from './profile-expiry';

/** Every night at 02:41 (server time): expire published profiles past their date, remind those near it. */
export function partneringJobs({ db, clock }: { db: Database; clock: Clock }): JobDefinition[] {
  return [{ name: profileExpiryJobName, cron: '41 2 * * *', handler: async () => { await sweepProfileExpiry(db, clock); } }];
}
