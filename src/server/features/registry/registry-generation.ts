import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { registryGeneration } from '../../db/schema/index';

/**
 * The registry's generation: a counter bumped by the database just before every transaction that
 * wrote organizations, identifiers, directions or memberships commits (migration 0012). Read in the
 * same statement as a page, it tells whether a total remembered under it still holds (ADR 029).
 */
export const registryGenerationValue = sql<number>`(select ${registryGeneration.value} from ${registryGeneration} where ${registryGeneration.id} = 1)`.mapWith(Number);

export async function readRegistryGeneration(db: Executor): Promise<number> {
  const [row] = await db.select({ value: registryGeneration.value }).from(registryGeneration);
  return row?.value ?? -1;
}

/**
 * Values (list totals, search facets) remembered per key for one registry generation. A value is
 * stored under the generation read *before* (or in the same statement as) the query that computed
 * it, so it is never older than its generation: a reader that sees generation G is given an answer
 * computed at G or later, and after any registry write commits no reader sees G again. Bounded: the
 * oldest keys go first.
 */
export class GenerationCache<V> {
  private readonly entries = new Map<string, { generation: number; value: V }>();

  constructor(private readonly capacity = 2000) {}

  get(key: string, generation: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== generation) {
      if (entry.generation < generation) this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Whether a value is remembered for the key, at whatever generation. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, generation: number, value: V): void {
    if (generation < 0) return;
    const current = this.entries.get(key);
    // Two requests may race: keep the answer of the newer generation.
    if (current && current.generation > generation) return;
    this.entries.delete(key);
    this.entries.set(key, { generation, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
