import { directionTaxonomy } from '../../../db/reference/directions';
import { curatedConcepts } from './curated';

/**
 * The trilingual domain glossary: concepts, each with its Russian, English and Chinese terms.
 * Matching reads a text into the concepts it names, so that "биореактор", "bioreactor" and
 * "生物反应器" meet as the same concept whatever language each profile is written in.
 *
 * Two sources, both shipped: every direction of the taxonomy (its label, and each part of a label
 * joined by "and"), and the curated domain terms of `curated/` (biotech, materials, medicine, IT,
 * creative industries, logistics, energy, agriculture, mining, manufacturing, investment).
 * Administrators add terms in the database (partnering_glossary_terms), read at each start.
 */
export type Concept = { id: string; domain: string; ru: string[]; en: string[]; zh: string[] };

const labelParts = {
  ru: / и |, /u,
  en: / and |, /u,
  zh: /与|和|及|、/u,
};

function directionConcepts(): Concept[] {
  return directionTaxonomy.map((entry) => {
    const terms = (language: keyof typeof labelParts) => {
      const label = entry.label[language];
      const parts = label.split(labelParts[language]).map((part) => part.trim()).filter((part) => part.length > 1);
      return [...new Set([label, ...(parts.length > 1 ? parts : [])])];
    };
    return { id: `direction:${entry.code}`, domain: 'taxonomy', ru: terms('ru'), en: terms('en'), zh: terms('zh') };
  });
}

const firstEnglish = (concept: Concept) => concept.en[0]!.toLowerCase();

/**
 * The shipped concepts: directions first, then curated terms; ids are unique. A curated concept
 * named like a direction (the same first English term) is that direction: one concept keeps the
 * terms of both, under the curated id, so a text naming it is not counted twice.
 */
export function shippedConcepts(): Concept[] {
  const curated = curatedConcepts();
  const curatedNames = new Map(curated.map((concept) => [firstEnglish(concept), concept.id]));
  const byId = new Map<string, Concept>();
  for (const direction of directionConcepts()) {
    const id = curatedNames.get(firstEnglish(direction)) ?? direction.id;
    byId.set(id, { ...direction, id, en: [...direction.en], domain: id === direction.id ? direction.domain : 'curated' });
  }
  for (const concept of curated) {
    const existing = byId.get(concept.id);
    if (!existing) {
      byId.set(concept.id, { ...concept });
      continue;
    }
    // The curated terms lead (the first English term names the concept); the direction's follow.
    for (const language of ['ru', 'en', 'zh'] as const) existing[language] = [...new Set([...concept[language], ...existing[language]])];
    existing.domain = concept.domain;
  }
  return [...byId.values()];
}
