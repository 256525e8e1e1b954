import { isRequest, type ProfileType } from '../../../../shared/partnering';
import type { Language } from '../../../../shared/languages';
import type { Glossary } from '../glossary/glossary';
import type { DirectionNode } from '../profiles.repo';
import { listJoiner, partnershipTypeLabels, reason } from './match-reasons';
import { conceptsForFullGlossarySignal, directionSimilarityByDistance, matchWeights, wordsForFullTextSignal, type Signal } from './match-weights';

/** What the matcher knows of one side of a pair. */
export type MatchSide = {
  type: ProfileType;
  language: string;
  text: string;
  concepts: string[];
  directionIds: string[];
  trl: number | null;
  partnershipTypes: string[];
  targetCountries: string[];
  country: string;
  /** Stemmed words of PostgreSQL's text search vector. */
  lexemes: string[];
};

export type SignalResult = { signal: Signal; weight: number; value: number; reasons: string[] };
export type PairScore = { score: number; signals: SignalResult[]; reasons: string[] };

export type DirectionTree = { node: (id: string) => DirectionNode | undefined; path: (id: string, language: Language) => string };

export function directionTree(nodes: DirectionNode[]): DirectionTree {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const labelOf = (n: DirectionNode, language: Language) => ({ ru: n.labelRu, en: n.labelEn, zh: n.labelZh })[language];
  return {
    node: (id) => byId.get(id),
    path(id, language) {
      const labels: string[] = [];
      for (let n = byId.get(id); n; n = n.parentId ? byId.get(n.parentId) : undefined) labels.unshift(labelOf(n, language));
      return labels.join(' → ');
    },
  };
}

function ancestors(tree: DirectionTree, id: string): string[] {
  const chain: string[] = [];
  for (let n = tree.node(id); n; n = n.parentId ? tree.node(n.parentId) : undefined) chain.push(n.id);
  return chain;
}

/** Steps from a to b through their lowest common ancestor; null when they share no root. */
export function directionDistance(tree: DirectionTree, a: string, b: string): { distance: number; common: string } | null {
  const up = ancestors(tree, a);
  const other = ancestors(tree, b);
  for (let i = 0; i < up.length; i += 1) {
    const j = other.indexOf(up[i]!);
    if (j >= 0) return { distance: i + j, common: up[i]! };
  }
  return null;
}

function directionsSignal(source: MatchSide, candidate: MatchSide, tree: DirectionTree, language: Language): Omit<SignalResult, 'signal' | 'weight'> {
  let best: { value: number; a: string; b: string; common: string } | null = null;
  for (const a of source.directionIds) {
    for (const b of candidate.directionIds) {
      const found = directionDistance(tree, a, b);
      const value = found ? directionSimilarityByDistance[found.distance] ?? 0 : 0;
      if (found && value > (best?.value ?? 0)) best = { value, a, b, common: found.common };
    }
  }
  if (!best) return { value: 0, reasons: [] };
  const reasons = best.a === best.b || best.common === best.a || best.common === best.b
    ? [reason('sameDirection', language, { path: tree.path(best.a === best.common ? best.b : best.a, language) })]
    : [reason('relatedDirection', language, { a: tree.path(best.a, language), b: tree.path(best.b, language) })];
  return { value: best.value, reasons };
}

function glossarySignal(source: MatchSide, candidate: MatchSide, glossary: Glossary, language: Language, explain: boolean): Omit<SignalResult, 'signal' | 'weight'> {
  const theirs = new Set(candidate.concepts);
  const shared = source.concepts.filter((c) => theirs.has(c));
  if (!shared.length) return { value: 0, reasons: [] };
  const value = Math.min(1, shared.length / conceptsForFullGlossarySignal);
  if (!explain) return { value, reasons: [] };
  // The words each text used for the concept: only for the matches shown, reading texts costs time.
  const mineFound = glossary.find(source.text);
  const theirsFound = glossary.find(candidate.text);
  const reasons = shared.filter((c) => mineFound.has(c) && theirsFound.has(c)).slice(0, 3)
    .map((c) => reason('concept', language, { mine: mineFound.get(c)!, theirs: theirsFound.get(c)! }));
  return { value, reasons };
}

function textSignal(source: MatchSide, candidate: MatchSide, language: Language): Omit<SignalResult, 'signal' | 'weight'> {
  if (source.language !== candidate.language) return { value: 0, reasons: [] };
  const theirs = new Set(candidate.lexemes);
  const shared = [...new Set(source.lexemes)].filter((word) => theirs.has(word) && word.length > 2 && !/^\d+$/.test(word));
  if (!shared.length) return { value: 0, reasons: [] };
  return { value: Math.min(1, shared.length / wordsForFullTextSignal), reasons: [reason('words', language, { words: shared.slice(0, 5).join(listJoiner[language]) })] };
}

function trlSignal(source: MatchSide, candidate: MatchSide, language: Language): Omit<SignalResult, 'signal' | 'weight'> {
  if (source.trl === null || candidate.trl === null) return { value: 0.5, reasons: [] };
  const [offer, request] = isRequest(source.type) && !isRequest(candidate.type) ? [candidate.trl, source.trl]
    : !isRequest(source.type) && isRequest(candidate.type) ? [source.trl, candidate.trl] : [null, null];
  if (offer === null || request === null) {
    const close = Math.abs(source.trl - candidate.trl) <= 2;
    return { value: close ? 1 : 0.3, reasons: close ? [reason('trlClose', language, { a: source.trl, b: candidate.trl })] : [] };
  }
  if (offer >= request) return { value: 1, reasons: [reason('trlFits', language, { offer, request })] };
  return { value: offer === request - 1 ? 0.4 : 0, reasons: [reason('trlBelow', language, { offer, request })] };
}

function partnershipSignal(source: MatchSide, candidate: MatchSide, language: Language): Omit<SignalResult, 'signal' | 'weight'> {
  if (!source.partnershipTypes.length || !candidate.partnershipTypes.length) return { value: 0.5, reasons: [] };
  const shared = source.partnershipTypes.filter((t) => candidate.partnershipTypes.includes(t));
  if (!shared.length) return { value: 0, reasons: [] };
  const labels = shared.map((t) => partnershipTypeLabels[t as keyof typeof partnershipTypeLabels]?.[language] ?? t);
  return { value: 1, reasons: [reason('partnership', language, { types: labels.join(listJoiner[language]) })] };
}

function geographySignal(source: MatchSide, candidate: MatchSide, language: Language, countryName: (code: string, language: Language) => string): Omit<SignalResult, 'signal' | 'weight'> {
  if (!source.targetCountries.length) return { value: 0.5, reasons: [] };
  return source.targetCountries.includes(candidate.country)
    ? { value: 1, reasons: [reason('geography', language, { country: countryName(candidate.country, language) })] }
    : { value: 0, reasons: [] };
}

export type ScoreContext = {
  tree: DirectionTree;
  glossary: Glossary;
  language: Language;
  countryName: (code: string, language: Language) => string;
  /** false while ranking candidates: the texts are read for the reasons of the matches shown only. */
  explain?: boolean;
};

/** The score of a candidate for a source profile, with each signal and its reasons in the reader's language. */
export function scorePair(source: MatchSide, candidate: MatchSide, context: ScoreContext): PairScore {
  const { tree, glossary, language } = context;
  const values: Record<Signal, Omit<SignalResult, 'signal' | 'weight'>> = {
    directions: directionsSignal(source, candidate, tree, language),
    glossary: glossarySignal(source, candidate, glossary, language, context.explain ?? true),
    text: textSignal(source, candidate, language),
    trl: trlSignal(source, candidate, language),
    partnership: partnershipSignal(source, candidate, language),
    geography: geographySignal(source, candidate, language, context.countryName),
  };
  const signals = (Object.keys(matchWeights) as Signal[]).map((signal) => ({ signal, weight: matchWeights[signal], ...values[signal] }));
  const score = signals.reduce((sum, s) => sum + s.weight * s.value, 0);
  return { score: Math.round(score * 1000) / 1000, signals, reasons: signals.flatMap((s) => s.reasons) };
}

