import { describe, expect, it } from 'vitest';
import { createAnswerCache } from './remembered-answers';

const at = (iso: string) => new Date(iso);
const noon = at('2026-11-28T12:00:10Z');
const answer = (body: string) => ({ body, contentType: 'application/json; charset=utf-8' });

function enabledCache(options?: Parameters<typeof createAnswerCache>[0]) {
  const cache = createAnswerCache(options);
  cache.enable();
  return cache;
}

describe('the answer cache', () => {
  it('serves what it stored until everything is forgotten', () => {
    const cache = enabledCache();
    cache.store('a', answer('{"a":1}'), cache.epoch(noon), noon);
    expect(cache.read('a', noon)?.body).toBe('{"a":1}');
    cache.forgetAll();
    expect(cache.read('a', noon)).toBeUndefined();
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, stored: 1 });
  });

  it('refuses an answer computed before a change it did not see', () => {
    const cache = enabledCache();
    const before = cache.epoch(noon);
    cache.forgetAll(); // a change was heard while the answer was being read
    cache.store('a', answer('old'), before, noon);
    expect(cache.read('a', noon)).toBeUndefined();
  });

  it('forgets every answer when the minute turns, and refuses one begun in the minute before', () => {
    const cache = enabledCache();
    cache.store('a', answer('x'), cache.epoch(noon), noon);
    const begun = cache.epoch(at('2026-11-28T12:00:59.900Z'));
    expect(cache.read('a', at('2026-11-28T12:01:00Z'))).toBeUndefined();
    cache.store('b', answer('y'), begun, at('2026-11-28T12:01:00.100Z'));
    expect(cache.read('b', at('2026-11-28T12:01:00.200Z'))).toBeUndefined();
  });

  it('serves and stores nothing while the change messages cannot be heard', () => {
    const cache = createAnswerCache();
    cache.store('a', answer('x'), cache.epoch(noon), noon);
    expect(cache.read('a', noon)).toBeUndefined();
    cache.enable();
    cache.store('a', answer('x'), cache.epoch(noon), noon);
    cache.disable();
    expect(cache.read('a', noon)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps to its number of answers and its bytes, letting the least recently used go first', () => {
    const cache = enabledCache({ maxEntries: 3, maxBytes: 10, maxAnswerBytes: 6 });
    const epoch = cache.epoch(noon);
    for (const key of ['a', 'b', 'c']) cache.store(key, answer('12'), epoch, noon);
    cache.read('a', noon); // used again: 'b' is now the oldest in use
    cache.store('d', answer('12'), epoch, noon);
    expect(['a', 'b', 'c', 'd'].map((key) => cache.read(key, noon) !== undefined)).toEqual([true, false, true, true]);
    cache.store('e', answer('123456'), epoch, noon); // 6 + three of 2 > 10: the oldest go until it fits
    expect(cache.size).toBe(3);
    cache.store('f', answer('1234567'), epoch, noon); // larger than any one answer may be
    expect(cache.read('f', noon)).toBeUndefined();
    expect(cache.read('e', noon)?.body).toBe('123456');
  });
});
