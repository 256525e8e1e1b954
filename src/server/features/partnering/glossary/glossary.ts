import type { Language } from '../../../../shared/languages';
import { lemmaOf, loadMorphology } from '../../press-release/morphology';
import { shippedConcepts, type Concept } from './concepts';

/**
 * Reads texts into glossary concepts. Each term is indexed by its script, whatever language column
 * it came from: Russian words by their dictionary forms (Az.js, as the press-release reader does), so
 * "биореакторы" and "биореактора" both name "биореактор"; English words by a light stem; Chinese terms
 * as substrings of the text, except one-character terms, which must be a whole word of the segmenter
 * (so 金 "gold" is not read inside 资金 "funds").
 */
type Entry = { concept: string; tokens: string[] };
export type Found = Map<string, string>;

const han = /\p{Script=Han}/u;
const cyrillic = /\p{Script=Cyrillic}/u;
const wordPattern = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function englishStem(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 4 && /(s|x|ch|sh)es$/.test(lower)) return lower.slice(0, -2);
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

const russianNormal = (word: string) => lemmaOf(word).toLowerCase().replace(/ё/g, 'е');
// Abbreviations (ИИ, ПЦР, AI) are compared as written: the dictionary would read "ИИ" as the conjunction "и".
const abbreviation = (word: string) => word.length <= 5 && word === word.toUpperCase() && word !== word.toLowerCase();
const normalize = (word: string) => (abbreviation(word) ? word.toLowerCase() : cyrillic.test(word) ? russianNormal(word) : englishStem(word));

const wordsOf = (text: string) => [...text.matchAll(wordPattern)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));

export type Glossary = {
  size: number;
  concept(id: string): Concept | undefined;
  /** The concepts a text names, each with the words of the text that named it. */
  find(text: string): Found;
  /** A term of the concept in the reader's language (the first one), for explanations. */
  termIn(id: string, language: Language): string;
};

export function buildGlossary(concepts: Concept[]): Glossary {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const wordIndex = new Map<string, Entry[]>();
  const hanTerms: { concept: string; term: string }[] = [];
  const singleHan = new Map<string, string>();
  for (const concept of concepts) {
    for (const term of [...concept.ru, ...concept.en, ...concept.zh]) {
      if (han.test(term)) {
        if ([...term].length === 1) singleHan.set(term, concept.id);
        else hanTerms.push({ concept: concept.id, term });
        continue;
      }
      const tokens = wordsOf(term).map((w) => normalize(w.word));
      if (!tokens.length) continue;
      const list = wordIndex.get(tokens[0]!) ?? [];
      list.push({ concept: concept.id, tokens });
      wordIndex.set(tokens[0]!, list);
    }
  }
  // Longest first: "生物反应器" before "反应器" when both are terms.
  hanTerms.sort((a, b) => b.term.length - a.term.length);

  function find(text: string): Found {
    const found: Found = new Map();
    const words = wordsOf(text);
    const normal = words.map((w) => normalize(w.word));
    for (let i = 0; i < words.length; i += 1) {
      for (const entry of wordIndex.get(normal[i]!) ?? []) {
        if (entry.tokens.every((token, k) => normal[i + k] === token) && !found.has(entry.concept)) {
          found.set(entry.concept, text.slice(words[i]!.start, words[i + entry.tokens.length - 1]!.end));
        }
      }
    }
    if (han.test(text)) {
      for (const { concept, term } of hanTerms) if (!found.has(concept) && text.includes(term)) found.set(concept, term);
      for (const segment of segmenter.segment(text)) {
        const concept = singleHan.get(segment.segment);
        if (concept && !found.has(concept)) found.set(concept, segment.segment);
      }
    }
    return found;
  }

  return {
    size: concepts.length,
    concept: (id) => byId.get(id),
    find,
    termIn: (id, language) => byId.get(id)?.[language][0] ?? id,
  };
}

let shipped: Promise<Glossary> | null = null;

/** The shipped glossary, built once the Russian dictionaries are loaded; extra terms come from administrators. */
export function loadGlossary(extra: { concept: string; language: string; term: string }[] = []): Promise<Glossary> {
  if (extra.length) return loadMorphology().then(() => buildGlossary(withExtraTerms(shippedConcepts(), extra)));
  shipped ??= loadMorphology().then(() => buildGlossary(shippedConcepts()));
  return shipped;
}

export function withExtraTerms(concepts: Concept[], extra: { concept: string; language: string; term: string }[]): Concept[] {
  const byId = new Map(concepts.map((c) => [c.id, { ...c, ru: [...c.ru], en: [...c.en], zh: [...c.zh] }]));
  for (const { concept, language, term } of extra) {
    const target = byId.get(concept) ?? { id: concept, domain: 'custom', ru: [], en: [], zh: [] };
    if (language === 'ru' || language === 'en' || language === 'zh') target[language].push(term);
    byId.set(concept, target);
  }
  return [...byId.values()];
}
