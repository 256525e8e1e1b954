/**
 * Russian morphology from Az.js with the OpenCorpora dictionaries shipped in the npm package
 * (ADR 021): loaded once from node_modules, offline, about 30 MB of memory. Every answer is a
 * list of parses with grammemes, so the callers can explain why a word was read as it was.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az, { type AzParse } from 'az';

let loading: Promise<void> | null = null;

/** Loads the dictionaries once; later calls wait for the same load. */
export function loadMorphology(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const dictionaries = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');
    Az.Morph.init(dictionaries, (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()));
  });
  return loading;
}

const cache = new Map<string, AzParse[]>();

/**
 * The parses of one word, most likely first (cached: press items repeat their words). The word
 * keeps its capital: the dictionaries read "Евгения" as a name only when it is capitalized.
 */
export function parsesOf(word: string): AzParse[] {
  const key = word;
  let parses = cache.get(key);
  if (!parses) {
    parses = Az.Morph(key);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, parses);
  }
  return parses;
}

export const hasGrammeme = (parse: AzParse, grammeme: string) => parse.tag.toString().split(/[ ,]/).includes(grammeme);

/** The dictionary form of a word's most likely reading; hyphenated words by their parts. */
export function lemmaOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower.includes('-') && !/^[a-zа-яё]+-(парк|центр)$/u.test(lower)) {
    return word.split('-').map((part, index, parts) => (index < parts.length - 1 ? part.toLowerCase() : lemmaOf(part))).join('-');
  }
  // Some guessed parses of compounds ("контакт-центр") have no dictionary form: the word stays as written.
  const normal = parsesOf(word)[0]?.normalize()?.word;
  return normal ? normal.replace(/ё/g, 'е') : lower;
}
