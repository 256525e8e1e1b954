import { describe, expect, it } from 'vitest';
import type { UserActor } from '../../lib/actor';
import { createActorCache } from './actor-cache';

const at = (seconds: number) => new Date(Date.UTC(2026, 2, 1, 9, 0, seconds));
const actorOf = (id: string): UserActor => ({ kind: 'user', id, email: `${id}@test.local`, fullName: id, language: 'en', roles: ['coordinator'], memberOrganizationIds: [], managedEcosystemIds: [], via: 'session', sessionId: `s-${id}` });
const caller = (id: string) => ({ actor: actorOf(id), expiresAt: at(3600), lastUsedAt: null });

describe('actor cache', () => {
  it('serves nothing until it is kept in step with the database, and nothing after it no longer is', () => {
    const cache = createActorCache();
    cache.store('a', caller('u1'), cache.epoch(), at(0));
    expect(cache.read('a', at(1))).toBeUndefined();
    cache.enable();
    cache.store('a', caller('u1'), cache.epoch(), at(0));
    expect(cache.read('a', at(1))?.actor.id).toBe('u1');
    cache.disable();
    expect(cache.read('a', at(1))).toBeUndefined();
  });

  it('does not store what a lookup read before a change was heard', () => {
    const cache = createActorCache();
    cache.enable();
    const before = cache.epoch();
    cache.forgetUser('u1'); // heard while the lookup was reading
    cache.store('a', caller('u1'), before, at(0));
    expect(cache.read('a', at(1))).toBeUndefined();
  });

  it('forgets every credential of a user, and only theirs', () => {
    const cache = createActorCache();
    cache.enable();
    cache.store('a', caller('u1'), cache.epoch(), at(0));
    cache.store('b', caller('u1'), cache.epoch(), at(0));
    cache.store('c', caller('u2'), cache.epoch(), at(0));
    cache.forgetUser('u1');
    expect([cache.read('a', at(1)), cache.read('b', at(1))]).toEqual([undefined, undefined]);
    expect(cache.read('c', at(1))?.actor.id).toBe('u2');
  });

  it('drops an entry after its time to live, at the session end, and when the clock goes back', () => {
    const cache = createActorCache({ ttlMs: 30_000 });
    cache.enable();
    cache.store('a', caller('u1'), cache.epoch(), at(10));
    expect(cache.read('a', at(39))).toBeDefined();
    expect(cache.read('a', at(40))).toBeUndefined();
    cache.store('b', { ...caller('u2'), expiresAt: at(15) }, cache.epoch(), at(10));
    expect(cache.read('b', at(15))).toBeUndefined();
    cache.store('c', caller('u3'), cache.epoch(), at(10));
    expect(cache.read('c', at(9))).toBeUndefined();
  });

  it('stays within its bound, dropping the oldest entry', () => {
    const cache = createActorCache({ maxEntries: 2 });
    cache.enable();
    for (const key of ['a', 'b', 'c']) cache.store(key, caller(key), cache.epoch(), at(0));
    expect(cache.size).toBe(2);
    expect(cache.read('a', at(1))).toBeUndefined();
    expect(cache.read('c', at(1))?.actor.id).toBe('c');
  });
});
