import type { GlossaryConceptDto, GlossaryTermDto } from '../../../../shared/contracts/partnering-glossary';
import { languages, type Language } from '../../../../shared/languages';
import { AppError } from '../../../lib/errors';
import { shippedConcepts } from './concepts';

/** The glossary as curators see it: every concept with its shipped and added terms, each marked. */
export type CatalogConcept = { id: string; domain: string; added: boolean; terms: GlossaryTermDto[] };
type AddedRow = { id: string; concept: string; language: string; term: string };

/** How terms are compared: case, "ё" and spacing do not make a term new. */
export const normalTerm = (term: string) => term.toLowerCase().replace(/ё/g, 'е').replace(/\s+/gu, ' ').trim();

const isLanguage = (value: string): value is Language => (languages as readonly string[]).includes(value);

let shipped: CatalogConcept[] | null = null;
function shippedCatalog(): CatalogConcept[] {
  shipped ??= shippedConcepts().map((concept) => ({
    id: concept.id,
    domain: concept.domain,
    added: false,
    terms: languages.flatMap((language) => concept[language].map((term) => ({ id: null, language, term, added: false }))),
  }));
  return shipped;
}

export function catalogOf(rows: AddedRow[]): CatalogConcept[] {
  const byId = new Map(shippedCatalog().map((c) => [c.id, { ...c, terms: [...c.terms] }]));
  for (const row of rows) {
    if (!isLanguage(row.language)) continue;
    const concept = byId.get(row.concept) ?? { id: row.concept, domain: 'custom', added: true, terms: [] };
    concept.terms.push({ id: row.id, language: row.language, term: row.term, added: true });
    byId.set(row.concept, concept);
  }
  return [...byId.values()];
}

/**
 * Concepts for a query: those with a term equal to it, then those the matcher reads in it (word
 * forms: "bioreactors", "биореакторов"), then those with a term or id containing it.
 */
export function searchCatalog(catalog: CatalogConcept[], query: string, read: Iterable<string> = []): CatalogConcept[] {
  const q = normalTerm(query);
  if (!q) return catalog;
  const readIds = new Set(read);
  const exact: CatalogConcept[] = [];
  const named: CatalogConcept[] = [];
  const partial: CatalogConcept[] = [];
  for (const concept of catalog) {
    const terms = concept.terms.map((t) => normalTerm(t.term));
    if (terms.includes(q)) exact.push(concept);
    else if (readIds.has(concept.id)) named.push(concept);
    else if (concept.id.includes(q) || terms.some((t) => t.includes(q))) partial.push(concept);
  }
  return [...exact, ...named, ...partial];
}

export const toConceptDto = (concept: CatalogConcept): GlossaryConceptDto => ({ ...concept, terms: concept.terms.map((t) => ({ ...t })) });

/** The id of a new concept, from its English term, kept apart from the shipped ids. */
export function conceptIdFor(english: string, taken: Map<string, unknown>): string {
  const slug = english.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!slug) throw new AppError('GLOSSARY_TERM_INVALID', { language: 'en', term: english });
  for (let n = 1; ; n += 1) {
    const id = `custom:${slug}${n > 1 ? `_${n}` : ''}`;
    if (!taken.has(id)) return id;
  }
}
