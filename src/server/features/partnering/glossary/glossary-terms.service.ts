/**
 * Curating the glossary: the center (administrators and coordinators) searches the shipped and added
 * concepts, adds terms — to a concept, or a new concept in all three languages — and removes the
 * terms it added. The shipped glossary itself never changes. After each change this process reads
 * the glossary again and a background job reads every profile's concepts again with it.
 */
import { eq, sql } from 'drizzle-orm';
import type { AddGlossaryTermsInput, GlossaryQuery } from '../../../../shared/contracts/partnering-glossary';
import { languages, type Language } from '../../../../shared/languages';
import type { Database } from '../../../db/client';
import { partneringGlossaryTerms } from '../../../db/schema/index';
import type { JobSender } from '../../../jobs/job-queue';
import type { RequestContext } from '../../../lib/actor';
import { recordAudit } from '../../../lib/audit';
import { authorize } from '../../../lib/authorization';
import { AppError, notFound } from '../../../lib/errors';
import { canCurateGlossary } from '../partnering.policy';
import { catalogOf, conceptIdFor, normalTerm, searchCatalog, toConceptDto } from './glossary-catalog';
import { addedTermsOf, type GlossarySource } from './glossary-source';
import { recomputeConceptsJobName } from './recompute-concepts';

type Dependencies = { db: Database; glossary: GlossarySource; jobs: Pick<JobSender, 'send'> };

const han = /\p{Script=Han}/u;
const scriptOf: Record<Language, RegExp> = { ru: /[\p{Script=Cyrillic}\p{Script=Latin}]/u, en: /\p{Script=Latin}/u, zh: han };
const foreignScript: Record<Language, RegExp> = { ru: han, en: /[\p{Script=Cyrillic}\p{Script=Han}]/u, zh: /\p{Script=Cyrillic}/u };

/** A term is a word or phrase of the column's script: two letters at least, one Chinese character. */
function checkedTerm(language: Language, raw: string): string {
  const term = raw.replace(/\s+/gu, ' ').trim();
  const letters = [...term].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  if (!scriptOf[language].test(term) || foreignScript[language].test(term) || (letters < 2 && !han.test(term))) {
    throw new AppError('GLOSSARY_TERM_INVALID', { language, term });
  }
  return term;
}

// One curator at a time: the check that a term is new and its insertion are one step.
const curationLock = sql`select pg_advisory_xact_lock(hashtext('partnering_glossary_terms'))`;

export function createGlossaryTermsService({ db, glossary, jobs }: Dependencies) {
  /** The new glossary for this process at once; the profiles' stored concepts in the background. */
  async function changed() {
    await glossary.reload();
    await jobs.send(recomputeConceptsJobName, {});
  }

  return {
    async list(query: GlossaryQuery, context: RequestContext) {
      authorize(context.actor, canCurateGlossary(context.actor));
      const catalog = catalogOf(await addedTermsOf(db));
      const found = searchCatalog(catalog, query.q, query.q ? (await glossary.get()).find(query.q).keys() : []);
      const start = (query.page - 1) * query.pageSize;
      return { items: found.slice(start, start + query.pageSize).map(toConceptDto), page: query.page, pageSize: query.pageSize, total: found.length, concepts: catalog.length };
    },

    async add(input: AddGlossaryTermsInput, context: RequestContext) {
      authorize(context.actor, canCurateGlossary(context.actor));
      const given = languages.filter((language) => input[language] !== undefined).map((language) => ({ language, term: checkedTerm(language, input[language]!) }));
      if (!input.conceptId && given.length < languages.length) throw new AppError('GLOSSARY_NEW_CONCEPT_INCOMPLETE');
      if (!given.length) throw new AppError('GLOSSARY_NO_TERM');
      const current = await glossary.get();
      const conceptId = await db.transaction(async (tx) => {
        await tx.execute(curationLock);
        const catalog = catalogOf(await addedTermsOf(tx));
        const byId = new Map(catalog.map((c) => [c.id, c]));
        if (input.conceptId && !byId.has(input.conceptId)) throw new AppError('GLOSSARY_CONCEPT_NOT_FOUND', { conceptId: input.conceptId });
        const owners = new Map(catalog.flatMap((c) => c.terms.map((t) => [normalTerm(t.term), c.id] as const)));
        for (const { language, term } of given) {
          // The same term, or a word form of it the reader already takes for a concept ("биореакторы").
          const owner = owners.get(normalTerm(term)) ?? [...current.find(term)].find(([, words]) => normalTerm(words) === normalTerm(term))?.[0];
          if (owner) throw new AppError('GLOSSARY_TERM_EXISTS', { language, term, conceptId: owner });
        }
        if (new Set(given.map((g) => normalTerm(g.term))).size < given.length) throw new AppError('GLOSSARY_TERM_EXISTS', { term: given[0]!.term });
        const id = input.conceptId ?? conceptIdFor(input.en!, byId);
        const rows = await tx.insert(partneringGlossaryTerms).values(given.map((g) => ({ concept: id, ...g }))).returning();
        for (const row of rows) await recordAudit(tx, context, { action: 'create', entityType: 'partnering_glossary_term', entityId: row.id, after: row });
        return id;
      });
      await changed();
      return toConceptDto(catalogOf(await addedTermsOf(db)).find((c) => c.id === conceptId)!);
    },

    async remove(id: string, context: RequestContext) {
      authorize(context.actor, canCurateGlossary(context.actor));
      await db.transaction(async (tx) => {
        await tx.execute(curationLock);
        const [row] = await tx.delete(partneringGlossaryTerms).where(eq(partneringGlossaryTerms.id, id)).returning();
        // Shipped terms have no row: only a term an administrator added can be removed.
        if (!row) throw notFound('partnering_glossary_term', id);
        await recordAudit(tx, context, { action: 'delete', entityType: 'partnering_glossary_term', entityId: row.id, before: row });
      });
      await changed();
    },
  };
}

export type GlossaryTermsService = ReturnType<typeof createGlossaryTermsService>;
