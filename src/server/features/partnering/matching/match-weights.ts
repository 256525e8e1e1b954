/**
 * The one place where the matcher's signals are weighed (ADR 023). A match's score is the sum of
 * weight × value over the signals, each value in 0..1, so the score is in 0..1 as well:
 *
 * - directions: shared taxonomy directions; 1 for the same direction, less with each step of
 *   hierarchy distance (see `directionSimilarity`).
 * - glossary: concepts of the trilingual glossary both texts name — the signal that crosses languages.
 * - text: shared stemmed words of PostgreSQL full-text search; only within one language.
 * - trl: the offer's readiness against the level the request asks for.
 * - partnership: the partnership types both sides seek.
 * - geography: the candidate is in a country the profile targets.
 *
 * Neutral values (0.5) stand in where a profile leaves a field empty, so an incomplete profile is
 * neither rewarded nor excluded.
 */
export const matchWeights = {
  directions: 0.28,
  glossary: 0.32,
  text: 0.14,
  trl: 0.1,
  partnership: 0.1,
  geography: 0.06,
} as const;

export type Signal = keyof typeof matchWeights;

/** Similarity of two directions by their distance in the taxonomy tree. */
export const directionSimilarityByDistance = [1, 0.7, 0.45, 0.25] as const;

/** How many shared glossary concepts make the glossary signal full. */
export const conceptsForFullGlossarySignal = 4;

/** How many shared stemmed words make the text signal full. */
export const wordsForFullTextSignal = 8;

/** Candidates the database ranks roughly (the same weights, in SQL) and hands to the full scoring in the app. */
export const candidatePoolSize = 200;

/**
 * How many profiles the pool's term conditions may read before they are ranked (ADR 033): the
 * source's directions and concepts are taken rarest first while their published profiles fit in it.
 */
export const poolTermBudget = 4000;

/** Candidates the same-language word condition may bring, unranked (the other terms find the rest). */
export const poolWordLimit = 100;

/** Words of the source the pool pairs up ("shares two of them") and checks in the rough ranking, the longest first. */
export const maxPooledWords = 10;
export const maxRankedWords = 24;

/** Concepts two profiles must share to match without a common branch of the taxonomy. */
export const minimumSharedConcepts = 2;

/** Matches below this score are not shown: they share too little to be worth a reader's time. */
export const minimumMatchScore = 0.3;
