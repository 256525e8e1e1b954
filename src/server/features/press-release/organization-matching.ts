/**
 * Which registry organization a party names. Names are compared by their lemmas, so case does not
 * matter ("Парком высоких технологий" meets "Парк высоких технологий"); an abbreviation meets the
 * words it stands for (НОЦ — научно-образовательный центр, ПВТ — Парк высоких технологий), found
 * from the initials of the candidate's own names rather than from a fixed list; a quoted name
 * («Великий камень») weighs most, and a different quoted name counts against. A region named as a
 * party is represented by its government. The score and the words that matched are kept, so the
 * reviewer sees why a candidate was offered.
 */
import { lemmasOf, tokenize } from './phrases';

export type RegistryCandidate = { id: string; names: string[]; country: string | null };
export type ScoredCandidate = { id: string; score: number; matchedWords: string[] };
export type OrganizationMatch = { status: 'matched' | 'ambiguous' | 'new'; organizationId: string | null; candidates: ScoredCandidate[] };

/** Words that name a kind of organization and say little about which one. */
const generic = new Set(['администрация', 'центр', 'парк', 'компания', 'фонд', 'университет', 'институт', 'республика', 'государственный', 'учреждение', 'общество', 'ограниченный', 'ответственность', 'акционерный', 'федеральный', 'национальный', 'организация', 'ооо', 'ао', 'пао', 'зао', 'гу', 'фгбу', 'фгаоу', 'во', 'ано', 'министерство', 'правительство', 'агентство', 'кластер', 'технопарк']);
const countryWords: Record<string, string[]> = { BY: ['беларусь', 'белорусский', 'республика'], RU: ['россия', 'российский'], CN: ['китай', 'китайский', 'кнр'], KZ: ['казахстан'], MN: ['монголия'] };

function quotedCore(name: string): string | null {
  const tokens = tokenize(name);
  const quoted = tokens.filter((t) => t.quoted && t.word);
  if (!quoted.length) return null;
  // The innermost name: the last run of quoted words.
  const runs: string[][] = [];
  let previousEnd = -2;
  for (const token of quoted) {
    if (name.slice(previousEnd, token.start).replace(/[\s-]/g, '').length > 0 && !/^[«»"“”„\s]*$/u.test(name.slice(previousEnd, token.start)) ) runs.push([]);
    if (!runs.length || /[«"„]/u.test(name.slice(previousEnd, token.start))) runs.push([]);
    runs.at(-1)!.push(token.text);
    previousEnd = token.end;
  }
  const last = runs.filter((r) => r.length).at(-1);
  return last ? lemmasOf(last.join(' ')).join(' ') : null;
}

const abbreviationsOf = (name: string) => tokenize(name).filter((t) => t.word && /^[\p{Lu}]{2,}$/u.test(t.text.split('-')[0]!)).map((t) => t.text.toLowerCase());

/** Initials of every run of two to six consecutive words, hyphenated parts counted apart. */
export function acronymsOf(name: string): Set<string> {
  const words = tokenize(name).filter((t) => t.word).map((t) => t.text.toLowerCase()).filter((w) => !['и', 'в', 'по', 'имени'].includes(w));
  const letters = words.map((w) => w.split('-').map((p) => p[0]).join(''));
  const out = new Set<string>();
  for (let i = 0; i < letters.length; i += 1) {
    let acronym = '';
    for (let j = i; j < Math.min(letters.length, i + 6); j += 1) { acronym += letters[j]; if (acronym.length >= 2) out.add(acronym); }
  }
  return out;
}

type Prepared = { id: string; lemmas: Set<string>; nameLemmas: string[][]; acronyms: Set<string>; quoted: Set<string> };

export function prepareCandidate(candidate: RegistryCandidate): Prepared {
  const nameLemmas = candidate.names.map((n) => lemmasOf(n));
  const lemmas = new Set(nameLemmas.flat());
  for (const word of countryWords[candidate.country ?? ''] ?? []) lemmas.add(word);
  const acronyms = new Set(candidate.names.flatMap((n) => [...acronymsOf(n), ...abbreviationsOf(n)]));
  const quoted = new Set(candidate.names.map(quotedCore).filter((q): q is string => Boolean(q)));
  return { id: candidate.id, lemmas, nameLemmas, acronyms, quoted };
}

/** The words a party mention is matched by; a region as a party stands for its government. */
export function mentionForMatching(name: string, territory: boolean): string {
  return territory ? `Правительство ${name}` : name;
}

export function scoreCandidate(mention: string, candidate: Prepared): ScoredCandidate {
  const lemmas = [...new Set(lemmasOf(mention))];
  const abbreviations = new Set(abbreviationsOf(mention));
  const core = quotedCore(mention);
  const coreWords = new Set(core?.split(' ') ?? []);
  const weight = (l: string) => (coreWords.has(l) ? 2 : generic.has(l) ? 0.4 : 1);
  let total = 0;
  let covered = 0;
  const matchedWords: string[] = [];
  for (const lemma of lemmas) {
    total += weight(lemma);
    const hit = candidate.lemmas.has(lemma) || (abbreviations.has(lemma) && candidate.acronyms.has(lemma.replace(/-.*/u, '')));
    if (hit) { covered += weight(lemma); matchedWords.push(lemma); }
  }
  const coverage = total ? covered / total : 0;
  const dice = Math.max(0, ...candidate.nameLemmas.map((name) => {
    const shared = name.filter((l) => lemmas.includes(l) || (abbreviations.has(l))).length;
    return (2 * shared) / (name.length + lemmas.length || 1);
  }));
  let score = 0.7 * coverage + 0.3 * dice;
  if (core && candidate.quoted.size) score += candidate.quoted.has(core) ? 0.15 : -0.2;
  // A mention that is only an abbreviation ("СВФУ", "ПВТ") is as good as the name it abbreviates.
  if (lemmas.length === 1 && abbreviations.size === 1 && coverage === 1) score = Math.max(score, 0.9);
  return { id: candidate.id, score: Math.round(Math.max(0, Math.min(1, score / 1.15)) * 1000) / 1000, matchedWords };
}

export const matchThresholds = { matched: 0.7, margin: 0.06, candidate: 0.4 };

export function matchOrganization(mention: string, candidates: Prepared[]): OrganizationMatch {
  const scored = candidates.map((c) => scoreCandidate(mention, c)).filter((c) => c.score >= matchThresholds.candidate)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, 5);
  const [best, second] = scored;
  if (!best) return { status: 'new', organizationId: null, candidates: [] };
  const clear = best.score >= matchThresholds.matched && best.score - (second?.score ?? 0) >= matchThresholds.margin;
  return { status: clear ? 'matched' : 'ambiguous', organizationId: best.id, candidates: scored };
}
