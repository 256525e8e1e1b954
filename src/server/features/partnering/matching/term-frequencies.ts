import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';

/**
 * How many published profiles of each type carry each glossary concept and each direction of the
 * taxonomy (closures included) — the terms of `partnering_typed_terms`, "<type> <term>": the pool
 * takes the rarest of a source's terms first (ADR 033). Counting reads the whole narrow copy of the
 * published profiles (ADR 039), so the counts are kept in the process and recounted in the background
 * when older than `maxAgeMs`; they only order terms and bound the pool's reads, so a stale count
 * costs some speed, never a match. A term not counted yet reads as 0: it is taken, which is right
 * for a new concept and harmless for a small marketplace.
 */
export type TermFrequencies = { count: (term: string) => number; profiles: number };

const maxAgeMs = 10 * 60_000;
type Entry = { at: number; value: TermFrequencies | null; pending: Promise<TermFrequencies> | null };
const entries = new WeakMap<object, Entry>();

async function countTerms(db: Executor): Promise<TermFrequencies> {
  const result = await db.execute(sql`
    select t as term, count(*)::int as n from (
      select unnest(partnering_typed_terms(type, concepts, direction_closure)) as t from partnering_match_profiles
    ) terms group by t`);
  const rows = (result as unknown as { rows: { term: string; n: number }[] }).rows;
  const total = await db.execute(sql`select count(*)::int as n from partnering_match_profiles`);
  const counts = new Map(rows.map((r) => [r.term, Number(r.n)]));
  return { count: (term) => counts.get(term) ?? 0, profiles: Number((total as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0) };
}

/**
 * The counts for this database. The first call waits for them once the marketplace is large
 * enough to need them; later calls never wait: a stale entry is recounted in the background.
 */
export async function termFrequencies(db: Executor, now = Date.now()): Promise<TermFrequencies> {
  let entry = entries.get(db);
  if (!entry) entries.set(db, (entry = { at: 0, value: null, pending: null }));
  const current = entry;
  if (!current.pending && (!current.value || now - current.at > maxAgeMs)) {
    current.pending = countTerms(db)
      .then((value) => { current.value = value; current.at = Date.now(); return value; })
      .finally(() => { current.pending = null; });
  }
  return current.value ?? current.pending!;
}

/** Forget the counts of a database (tests that load a marketplace and want them at once). */
export const forgetTermFrequencies = (db: Executor) => { entries.delete(db); };
