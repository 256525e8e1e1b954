import { asc } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { partneringGlossaryTerms } from '../../../db/schema/index';
import { loadGlossary, type Glossary } from './glossary';

/**
 * The glossary the process matches with: the shipped concepts and the terms administrators added
 * (partnering_glossary_terms), read once and read again after each change of those terms.
 */
export type GlossarySource = { get(): Promise<Glossary>; reload(): Promise<Glossary> };

export const addedTermsOf = (db: Executor) =>
  db.select().from(partneringGlossaryTerms).orderBy(asc(partneringGlossaryTerms.createdAt), asc(partneringGlossaryTerms.id));

export function createGlossarySource(db: Executor): GlossarySource {
  let current: Promise<Glossary> | null = null;
  const read = () => addedTermsOf(db).then((extra) => loadGlossary(extra));
  return {
    get: () => (current ??= read()),
    reload() {
      const next = read();
      // A failed read leaves the next caller to try again instead of keeping the failure.
      current = next.catch((error: unknown) => { current = null; throw error; });
      return current;
    },
  };
}
