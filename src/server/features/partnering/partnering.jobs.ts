import type { Database } from '../../db/client';
import type { JobDefinition } from '../../jobs/job-queue';
import type { Clock } from '../../lib/clock';
import type { GlossarySource } from './glossary/glossary-source';
import { recomputeConceptsJobName, recomputeProfileConcepts } from './glossary/recompute-concepts';
import { profileExpiryJobName, sweepProfileExpiry } from './profile-expiry';

/**
 * Every night at 02:41 (server time): expire published profiles past their date, remind those near it.
 * After a change of the glossary: read every profile's concepts again.
 */
export function partneringJobs({ db, clock, glossary }: { db: Database; clock: Clock; glossary: GlossarySource }): JobDefinition[] {
  return [
    { name: profileExpiryJobName, cron: '41 2 * * *', handler: async () => { await sweepProfileExpiry(db, clock); } },
    { name: recomputeConceptsJobName, handler: async () => { await recomputeProfileConcepts(db, glossary); } },
  ];
}
