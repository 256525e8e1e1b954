import { complementaryTypes, type ProfileType } from '../../../../shared/partnering';
import type { Language } from '../../../../shared/languages';
import type { Executor } from '../../../db/client';
import type { Glossary } from '../glossary/glossary';
import { fullText } from '../profile-text';
import type { DirectionNode } from '../profiles.repo';
import { conceptsForFullGlossarySignal, minimumMatchScore, minimumSharedConcepts } from './match-weights';
import { candidatePool, candidateTexts, lexemesOf, type CandidateRow, type MatchSource } from './matching.repo';
import { directionTree, scorePair, type MatchSide, type PairScore } from './score';

/** A profile about to be matched, saved or not. */
export type SourceProfile = MatchSource & Omit<MatchSide, 'lexemes' | 'country' | 'text'> & { text: string };

const displayNames = new Map<Language, Intl.DisplayNames>();
export function countryName(code: string, language: Language): string {
  let names = displayNames.get(language);
  if (!names) displayNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region' })));
  return names.of(code) ?? code;
}

/** A candidate as one side of a pair; its text is needed only to explain the glossary signal. */
export const sideOfCandidate = (row: CandidateRow, text = ''): MatchSide => ({
  type: row.type, language: row.language, text, concepts: row.concepts, directionIds: row.direction_ids,
  trl: row.trl, partnershipTypes: row.partnership_types, targetCountries: row.target_countries, country: row.country, lexemes: row.lexemes,
});

type SourceRow = {
  id: string | null; organizationId: string; type: string; language: string; searchText: string; concepts: string[]; directionClosure: string[];
  targetCountries: string[]; targetEcosystemIds: string[]; trl: number | null; partnershipTypes: string[];
  title: string; summary: string; description: string; keywords: string[];
};

/** A profile row (saved or a draft's derived columns) as the source of matching. */
export function sourceProfileOf(row: SourceRow, owner: { country: string; ecosystemIds: string[] }, directionIds: string[]): SourceProfile {
  return {
    id: row.id, organizationId: row.organizationId, country: owner.country, ecosystemIds: owner.ecosystemIds,
    language: row.language, searchText: row.searchText, concepts: row.concepts, directionClosure: row.directionClosure,
    targetCountries: row.targetCountries, targetEcosystemIds: row.targetEcosystemIds, complements: complementaryTypes[row.type as ProfileType],
    type: row.type as ProfileType, text: fullText(row), directionIds, trl: row.trl, partnershipTypes: row.partnershipTypes,
  };
}

/**
 * A match must be about the same thing: a shared branch of the taxonomy, or at least two concepts
 * or words in common. Fitting TRL and partnership types alone do not make two profiles partners.
 */
function isOnTopic(pair: PairScore): boolean {
  const value = (signal: string) => pair.signals.find((s) => s.signal === signal)?.value ?? 0;
  return value('directions') > 0 || value('glossary') >= minimumSharedConcepts / conceptsForFullGlossarySignal || value('text') > 0.25;
}

export type RankedMatch = { id: string; pair: PairScore };

/**
 * The best complementary profiles for a source: the pool from the database, each candidate scored
 * on every signal, the best `limit` explained in the reader's language.
 */
export async function rankMatches(db: Executor, source: SourceProfile, options: { glossary: Glossary; directions: DirectionNode[]; language: Language; limit: number; today: string }): Promise<RankedMatch[]> {
  const lexemes = await lexemesOf(db, source.language, source.searchText);
  const pool = await candidatePool(db, source, options.today, lexemes);
  const sourceSide: MatchSide = { ...source, country: source.country, lexemes };
  const context = { tree: directionTree(options.directions), glossary: options.glossary, language: options.language, countryName };
  const ranked = pool
    .map((row) => ({ row, pair: scorePair(sourceSide, sideOfCandidate(row), { ...context, explain: false }) }))
    .filter((r) => r.pair.score >= minimumMatchScore && isOnTopic(r.pair))
    .map((r) => ({ row: r.row, score: r.pair.score }))
    .sort((a, b) => b.score - a.score || a.row.id.localeCompare(b.row.id))
    .slice(0, options.limit);
  const texts = await candidateTexts(db, ranked.map(({ row }) => row.id));
  return ranked.map(({ row }) => ({ id: row.id, pair: scorePair(sourceSide, sideOfCandidate(row, texts.get(row.id) ?? ''), context) }));
}

