import { describe, expect, it } from 'vitest';
import { GenerationCache } from './registry-generation';

describe('GenerationCache', () => {
  it('answers a key only at the generation it was stored under', () => {
    const cache = new GenerationCache<string>();
    cache.set('page 1', 7, 'answer at 7');
    expect(cache.get('page 1', 7)).toBe('answer at 7');
    expect(cache.get('page 2', 7)).toBeUndefined();
    expect(cache.get('page 1', 8)).toBeUndefined();
  });

  it('lets every value go once a newer generation is seen, and keeps none of an older one', () => {
    const cache = new GenerationCache<string>();
    for (let page = 1; page <= 50; page += 1) cache.set(`page ${page}`, 3, `answer ${page}`);
    expect(cache.size).toBe(50);
    expect(cache.get('page 1', 4)).toBeUndefined();
    expect(cache.size).toBe(0);
    // A request that read generation 3 before the write finishes after it: its answer is dead.
    cache.set('page 2', 3, 'late answer at 3');
    expect(cache.size).toBe(0);
    expect(cache.get('page 2', 3)).toBeUndefined();
    cache.set('page 2', 4, 'answer at 4');
    expect(cache.get('page 2', 4)).toBe('answer at 4');
  });

  it('a store under a newer generation also empties what was kept', () => {
    const cache = new GenerationCache<string>();
    cache.set('a', 1, 'a at 1');
    cache.set('b', 2, 'b at 2');
    expect(cache.has('a')).toBe(false);
    expect(cache.get('b', 2)).toBe('b at 2');
  });

  it('keeps at most its capacity, the oldest stored going first', () => {
    const cache = new GenerationCache<number>(3);
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, 1, key.charCodeAt(0));
    expect(cache.size).toBe(3);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('d', 1)).toBe(100);
  });

  it('keeps nothing for a registry without a generation row', () => {
    const cache = new GenerationCache<number>();
    cache.set('a', -1, 1);
    expect(cache.get('a', -1)).toBeUndefined();
  });
});
