import type { UserActor } from '../../lib/actor';

/**
 * Callers resolved from a session or an API token, kept in memory for a short while so that a
 * signed-in request does not read its session on every call (ADR 036). An entry is served only
 * while the process hears the database's change messages (`lib/database-changes.ts`): every change that
 * can narrow a caller (sign-out, revocation, a password, a role, deactivation) forgets the user's
 * entries in every process. Nothing but a live caller is ever stored.
 */
export type CachedCaller = {
  actor: UserActor;
  /** The session's end (sliding renewal moves it); null for an API token. */
  expiresAt: Date | null;
  /** The token's last recorded use, kept to the minute; null for a session or a never-used token. */
  lastUsedAt: Date | null;
  tokenId?: string;
};

type Entry = CachedCaller & { storedAt: number; userId: string };

export type ActorCacheOptions = { ttlMs?: number; maxEntries?: number };

export function createActorCache({ ttlMs = 30_000, maxEntries = 10_000 }: ActorCacheOptions = {}) {
  const entries = new Map<string, Entry>();
  const keysOfUser = new Map<string, Set<string>>();
  // Moves on every forgetting: a lookup that began before a change must not store what it read.
  let epoch = 0;
  let enabled = false;

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    const keys = keysOfUser.get(entry.userId);
    keys?.delete(key);
    if (keys?.size === 0) keysOfUser.delete(entry.userId);
  }

  function forgetAll() {
    epoch += 1;
    entries.clear();
    keysOfUser.clear();
  }

  return {
    /** The change messages are heard (again): start from nothing, since some may have been missed. */
    enable() {
      forgetAll();
      enabled = true;
    },
    /** The change messages can no longer be heard: serve and store nothing until they can. */
    disable() {
      enabled = false;
      forgetAll();
    },
    get enabled() {
      return enabled;
    },
    get size() {
      return entries.size;
    },
    /** Taken before the database is read; `store` refuses the result if anything was forgotten since. */
    epoch: () => epoch,

    /** A live entry for the credential's hash, or undefined (stale and expired ones are dropped). */
    read(key: string, now: Date): CachedCaller | undefined {
      if (!enabled) return undefined;
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now.getTime() - entry.storedAt >= ttlMs || now.getTime() < entry.storedAt || (entry.expiresAt && entry.expiresAt.getTime() <= now.getTime())) {
        remove(key);
        return undefined;
      }
      return entry;
    },

    store(key: string, caller: CachedCaller, epochBeforeRead: number, now: Date) {
      if (!enabled || epochBeforeRead !== epoch) return;
      remove(key);
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) remove(oldest);
      }
      const userId = caller.actor.id;
      entries.set(key, { ...caller, storedAt: now.getTime(), userId });
      let keys = keysOfUser.get(userId);
      if (!keys) keysOfUser.set(userId, (keys = new Set()));
      keys.add(key);
    },

    forgetUser(userId: string) {
      epoch += 1;
      for (const key of [...(keysOfUser.get(userId) ?? [])]) remove(key);
    },

    forgetAll,
  };
}

export type ActorCache = ReturnType<typeof createActorCache>;
