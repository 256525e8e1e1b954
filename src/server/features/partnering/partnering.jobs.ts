import type { Database } from '../../db/client';
import type { JobDefinition } from '../../jobs/job-queue';
import type { Clock } from '../../lib/clock';
import type { GlossarySource } from './glossary/glossary-source';
import { recomputeConceptsJobName, recomputeProfileConcepts } from './glossary/recompute-concepts';
import { matchDigestJobName, profileDigestJobName, type MatchDigest } from './match-digest';
import { profileExpiryJobName, sweepProfileExpiry } from './profile-expiry';

/**
 * Every night at 02:41 (server time): expire published profiles past their date, remind those near
 * it; at 03:17 the digest of new matches passes over every published profile. A profile published
 * or renewed is refreshed at once by its own job. After a change of the glossary: read every
 * profile's concepts again.
 */
type Dependencies = { db: Database; clock: Clock; glossary: GlossarySource; digest: MatchDigest };

export function partneringJobs({ db, clock, glossary, digest }: Dependencies): JobDefinition[] {
  return [
    { name: profileExpiryJobName, cron: '41 2 * * *', handler: async () => { await sweepProfileExpiry(db, clock); } },
    { name: recomputeConceptsJobName, handler: async () => { await recomputeProfileConcepts(db, glossary); } },
    { name: matchDigestJobName, cron: '17 3 * * *', handler: async () => { await digest.refreshAll(); } },
    {
      name: profileDigestJobName,
      handler: async (data) => {
        const profileId = (data as { profileId?: unknown }).profileId;
        if (typeof profileId === 'string') await digest.refreshProfile(profileId);
      },
    },
  ];
}
