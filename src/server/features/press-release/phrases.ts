/**
 * Phrases of a sentence turned into dictionary forms. A Russian noun phrase changes case only in
 * its head and the words agreeing with it: "администрацией белорусско-китайского парка" →
 * "администрация белорусско-китайского парка" — the genitive tail stays as written. Quoted names
 * are never inflected. Personal names are read as a whole: the case and gender that all their
 * words share wins ("Евгения Колганова" after "директора" → Евгений Колганов).
 */
import type { AzParse } from 'az';
import { hasGrammeme, lemmaOf, parsesOf } from './morphology';

export type Token = { text: string; start: number; end: number; word: boolean; quoted: boolean };

const quoteChars = '«»“”„"';

/** Words and marks with offsets; `quoted` says whether the token is inside quotes. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[-‑'’][\p{L}\p{N}]+)*|\S/gu)) {
    const value = match[0];
    const start = offset + match.index;
    const word = /[\p{L}\p{N}]/u.test(value);
    if (quoteChars.includes(value)) {
      const before = text[match.index - 1];
      const after = text[match.index + 1];
      const opens = value === '«' || value === '„' || value === '“' && depth === 0 || (value === '"' && (before === undefined || /[\s(«„-]/u.test(before)) && after !== undefined && /\S/u.test(after));
      // Straight quotes are not nested in writing: `"Парк "Великий камень"` closes both at once.
      depth = opens ? depth + 1 : value === '"' ? 0 : Math.max(0, depth - 1);
      tokens.push({ text: value, start, end: start + value.length, word: false, quoted: depth > 0 });
      continue;
    }
    tokens.push({ text: value, start, end: start + value.length, word, quoted: depth > 0 });
  }
  return tokens;
}

export const caseNames = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
export type Case = (typeof caseNames)[number];

const isAbbreviation = (word: string) => /^[\p{Lu}\d]{2,}(?:-[\p{L}]+)?$/u.test(word) || /^\p{Lu}+-\p{Lu}/u.test(word);
const nounLike = (parse: AzParse) => ['NOUN', 'NPRO'].includes(parse.tag.POS ?? '');
const adjectiveLike = (parse: AzParse) => ['ADJF', 'PRTF', 'NUMR'].includes(parse.tag.POS ?? '');

function inflected(parse: AzParse, grammemes: string[]): string | null {
  const result = parse.inflect(grammemes);
  return result ? result.word : null;
}

function keepCapital(original: string, word: string): string {
  if (original === original.toUpperCase() && original.length > 1) return word.toUpperCase();
  return /^\p{Lu}/u.test(original) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** A hyphenated word changes only its last part ("белорусско-китайского" → "белорусско-китайский"). */
function inflectWord(word: string, pick: (parses: AzParse[]) => AzParse | undefined, grammemes: string[]): string {
  const parts = word.split('-');
  const last = parts.pop()!;
  const parse = pick(parsesOf(last));
  const form = parse ? inflected(parse, grammemes) : null;
  return [...parts, form ? keepCapital(last, form) : last].join('-');
}

/**
 * The phrase with its head (the first noun outside quotes) and the adjectives before it put in the
 * nominative; `preferred` lists the cases the context suggests (after "с" — the instrumental).
 */
export function nominativeOf(text: string, preferred: readonly Case[] = []): string {
  const tokens = tokenize(text);
  const firstWord = tokens.findIndex((t) => t.word);
  if (firstWord < 0) return text.trim();
  let head = -1;
  for (let i = firstWord; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (!token.word || token.quoted) break;
    if (isAbbreviation(token.text)) break;
    const parses = parsesOf(token.text.split('-').pop()!);
    const adjective0 = parses.find(adjectiveLike);
    const noun = parses.find((p) => nounLike(p) && !(adjective0 && ['Name', 'Surn', 'Patr'].some((g) => hasGrammeme(p, g))));
    const adjective = adjective0;
    if (noun && (!adjective || noun.score >= adjective.score || !tokens[i + 1]?.word)) { head = i; break; }
    if (!adjective) break;
  }
  if (head < 0) return text.trim();
  const headParses = parsesOf(tokens[head]!.text.split('-').pop()!).filter(nounLike);
  const headParse = headParses.find((p) => preferred.some((c) => hasGrammeme(p, c)) && hasGrammeme(p, 'sing'))
    ?? headParses.find((p) => preferred.some((c) => hasGrammeme(p, c)))
    ?? headParses.find((p) => hasGrammeme(p, 'sing')) ?? headParses[0]!;
  if (hasGrammeme(headParse, 'nomn')) return text.trim();
  // "развивать мобильные игры": a form that is also the nominative plural stays as written.
  if ((preferred[0] === 'accs' || preferred[0] === 'nomn') && headParses.some((p) => hasGrammeme(p, 'nomn'))) return text.trim();
  const plural = hasGrammeme(headParse, 'plur');
  const gender = ['masc', 'femn', 'neut'].find((g) => hasGrammeme(headParse, g));
  const caseOf = caseNames.find((c) => hasGrammeme(headParse, c));
  const number = plural ? 'plur' : 'sing';
  let out = text.slice(0, tokens[firstWord]!.start);
  for (let i = firstWord; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    let word = token.text;
    if (i < head && token.word) {
      word = inflectWord(word, (ps) => ps.find((p) => adjectiveLike(p) && (!caseOf || hasGrammeme(p, caseOf)) && hasGrammeme(p, number)) ?? ps.find(adjectiveLike), plural ? ['nomn', 'plur'] : ['nomn', 'sing', gender ?? 'masc']);
    } else if (i === head) {
      word = inflectWord(word, (ps) => ps.find((p) => p.tag.toString() === headParse.tag.toString()) ?? ps.find(nounLike), ['nomn', number]);
    }
    out += word + text.slice(token.end, tokens[i + 1]?.start ?? token.end);
  }
  return out.trim();
}

/** The sorted dictionary forms of the content words: the key that phrases and names are compared by. */
const stopWords = new Set(['и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'о', 'об', 'а', 'также', 'же', 'of', 'the', 'and', 'имени', 'им']);
export function lemmasOf(text: string): string[] {
  return tokenize(text).filter((t) => t.word && !stopWords.has(t.text.toLowerCase())).map((t) => {
    if (!isAbbreviation(t.text)) return lemmaOf(t.text);
    // "ИТ-парка" is "ИТ-парк": the abbreviation stays, the word after the hyphen is lemmatized.
    const [head, ...rest] = t.text.split('-');
    return rest.length ? `${head!.toLowerCase()}-${lemmaOf(rest.join('-'))}` : t.text.toLowerCase();
  });
}

const nameGrammemes = ['Name', 'Surn', 'Patr'];
const isNamePart = (p: AzParse) => nameGrammemes.some((g) => hasGrammeme(p, g));

export function looksLikeNameWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word)) return false;
  return parsesOf(word).some(isNamePart);
}

/**
 * The nominative of one word of a name. The dictionary form of a woman's surname is the man's
 * ("Тимофеевой" → тимофеев) and that of a patronymic is the father's name, so those two are
 * rebuilt from their regular endings; first names take the dictionary form.
 */
function nominativeNamePart(word: string, parse: AzParse, gender: 'masc' | 'femn'): string {
  const lower = word.toLowerCase();
  if (hasGrammeme(parse, 'Patr')) {
    return gender === 'femn' ? lower.replace(/(овн|евн|ичн)(ы|е|у|ой)$/u, '$1а') : lower.replace(/(ович|евич|ич)(а|у|ем|е)$/u, '$1');
  }
  const lemma = parse.normalize().word;
  if (hasGrammeme(parse, 'Surn') && gender === 'femn') {
    if (/(ов|ев|ёв|ин|ын)$/u.test(lemma)) return `${lemma}а`;
    if (/(ский|цкий)$/u.test(lemma)) return lemma.replace(/ий$/u, 'ая');
  }
  return lemma;
}

/** A personal name in the nominative: the case and gender every word of it can take at once. */
export function personNameOf(words: string[], hint: readonly Case[] = []): { name: string; gender: 'masc' | 'femn' | null; confidence: number } {
  const initials = words.filter((w) => /^\p{Lu}\.$/u.test(w));
  const full = words.filter((w) => !/^\p{Lu}\.$/u.test(w));
  let best: { score: number; forms: string[]; gender: 'masc' | 'femn' } | null = null;
  for (const gender of ['masc', 'femn'] as const) {
    for (const wordCase of caseNames) {
      let score = hint.includes(wordCase) ? 1.5 : wordCase === 'nomn' ? 0.2 : 0;
      const forms: string[] = [];
      for (const word of full) {
        const parses = parsesOf(word);
        const fitting = parses.filter((p) => hasGrammeme(p, wordCase) && (hasGrammeme(p, gender) || hasGrammeme(p, 'Ms-f') || hasGrammeme(p, 'GNdr')) && (isNamePart(p) || !parses.some(isNamePart)));
        const parse = fitting.sort((a, b) => Number(isNamePart(b)) - Number(isNamePart(a)) || b.score - a.score)[0];
        if (!parse) {
          // A name the dictionary does not know in this case and gender is kept as written, at a cost.
          score -= 2;
          forms.push(word);
          continue;
        }
        score += Math.log(parse.score + 0.05) + (isNamePart(parse) ? 1 : 0);
        const form = hasGrammeme(parse, 'Fixd') || wordCase === 'nomn' ? word.toLowerCase() : nominativeNamePart(word, parse, gender);
        forms.push(keepCapital(word, form));
      }
      if (score > (best?.score ?? -Infinity)) best = { score, forms, gender };
    }
  }
  if (!best) return { name: [...full, ...initials].join(' '), gender: null, confidence: 0.4 };
  const name = words.map((w) => (/^\p{Lu}\.$/u.test(w) ? w : best.forms[full.indexOf(w)] ?? w)).join(' ');
  return { name, gender: best.gender, confidence: full.length >= 2 ? 0.9 : 0.7 };
}
