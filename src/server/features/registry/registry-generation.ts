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
 * computed at G or later, and after any registry write commits no reader sees G again. So once a
 * newer generation is seen, every value kept is dead and all go at once (under a stream of writes
 * the cache holds the current generation's values only, not `capacity` dead ones), and a value
 * computed at an older generation is not kept. Bounded: the oldest keys go first.
 */
export class GenerationCache<V> {
  private readonly entries = new Map<string, V>();
  private generation = -1;

  constructor(private readonly capacity = 2000) {}

  get(key: string, generation: number): V | undefined {
    this.reachGeneration(generation);
    return generation === this.generation ? this.entries.get(key) : undefined;
  }

  /** Whether a value is remembered for the key at the newest generation seen. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** How many values are kept: all of the newest generation seen. */
  get size(): number {
    return this.entries.size;
  }

  set(key: string, generation: number, value: V): void {
    if (generation < 0) return;
    this.reachGeneration(generation);
    // Two requests may race: an answer of an older generation than one already seen helps no one.
    if (generation !== this.generation) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  private reachGeneration(generation: number): void {
    if (generation <= this.generation) return;
    this.generation = generation;
    this.entries.clear();
  }
}
