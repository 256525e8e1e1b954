import { asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { partneringProfiles } from '../../../db/schema/index';
import { conceptsOf } from '../profile-fields';
import type { GlossarySource } from './glossary-source';

/**
 * After administrators change the glossary, the concepts stored with each profile (the index the
 * candidate pool is chosen from) are read again with the new glossary, in the background: a page
 * of profiles at a time, writing only the rows whose concepts changed.
 */
export const recomputeConceptsJobName = 'partnering-recompute-concepts';

const pageSize = 500;

export async function recomputeProfileConcepts(db: Executor, source: GlossarySource): Promise<{ read: number; changed: number }> {
  // The process that runs the job may not be the one that took the change: read the terms again.
  const glossary = await source.reload();
  let after = '00000000-0000-0000-0000-000000000000';
  let read = 0;
  let changed = 0;
  for (;;) {
    const rows = await db.select({
      id: partneringProfiles.id, title: partneringProfiles.title, summary: partneringProfiles.summary,
      description: partneringProfiles.description, keywords: partneringProfiles.keywords, concepts: partneringProfiles.concepts,
    }).from(partneringProfiles).where(gt(partneringProfiles.id, after)).orderBy(asc(partneringProfiles.id)).limit(pageSize);
    if (!rows.length) break;
    for (const row of rows) {
      const concepts = conceptsOf(row, glossary);
      if (concepts.join('\n') === [...row.concepts].sort().join('\n')) continue;
      await db.update(partneringProfiles).set({ concepts }).where(eq(partneringProfiles.id, row.id));
      changed += 1;
    }
    read += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  return { read, changed };
}
