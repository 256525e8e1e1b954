import { z } from 'zod';
import { languages } from '../languages';
import { pageOf } from './common';

/** The longest term an administrator may add: longer than any shipped term, shorter than a sentence. */
export const glossaryTermMaxLength = 80;

export const glossaryQuery = z.object({
  q: z.string().trim().max(100).default(''),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
}).strict();
export type GlossaryQuery = z.infer<typeof glossaryQuery>;

export const glossaryTerm = z.object({
  /** The row of an added term; null for a shipped one, which cannot be removed. */
  id: z.uuid().nullable(),
  language: z.enum(languages),
  term: z.string(),
  added: z.boolean(),
});
export type GlossaryTermDto = z.infer<typeof glossaryTerm>;

export const glossaryConcept = z.object({
  id: z.string(),
  domain: z.string(),
  /** A concept administrators created, as opposed to one shipped with the product. */
  added: z.boolean(),
  terms: z.array(glossaryTerm),
});
export type GlossaryConceptDto = z.infer<typeof glossaryConcept>;

export const glossaryPage = pageOf(glossaryConcept).extend({ concepts: z.number().int().describe('Concepts in the whole glossary') });
export type GlossaryPage = z.infer<typeof glossaryPage>;

const term = z.string().trim().min(1).max(glossaryTermMaxLength);

/**
 * Terms to add: to an existing concept (conceptId and a term in one or more languages), or a new
 * concept (no conceptId, a term in each of the three languages).
 */
export const addGlossaryTermsInput = z.object({
  conceptId: z.string().trim().min(1).max(120).optional(),
  ru: term.optional(),
  en: term.optional(),
  zh: term.optional(),
}).strict();
export type AddGlossaryTermsInput = z.infer<typeof addGlossaryTermsInput>;
