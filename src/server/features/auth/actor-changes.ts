import { randomUUID } from 'node:crypto';
import type { DatabaseConnection, Listener } from '../../db/client';
import type { ActorCache } from './actor-cache';

/** The channel the triggers of migration 0018 notify: a user's id, or '*' for everyone. */
export const actorChangedChannel = 'northbridge_actor_changed';
const syncPrefix = 'sync:';
const reconnectDelayMs = 1000;
const syncTimeoutMs = 2000;

export type ActorChanges = {
  /**
   * Resolves once this process has heard every change committed before the call: PostgreSQL
   * delivers a channel's messages in commit order, so hearing a message sent now means the
   * earlier ones arrived. If it is not heard in time, everything cached is forgotten instead.
   */
  sync: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * Keeps the cache in step with the database (ADR 036): forgets a user's callers when the
 * triggers say they changed, in this process and every other on the same database. The cache
 * serves only while the listening connection is up; a lost one is opened again, and the cache
 * starts empty, since messages sent in between are lost.
 */
export async function listenForActorChanges(connection: DatabaseConnection, cache: ActorCache, onError: (error: Error) => void = () => {}): Promise<ActorChanges> {
  const waiting = new Map<string, () => void>();
  let listener: Listener | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  function onMessage(payload: string) {
    if (payload.startsWith(syncPrefix)) {
      waiting.get(payload)?.();
      waiting.delete(payload);
    } else if (payload === '*') cache.forgetAll();
    else cache.forgetUser(payload);
  }

  async function connect() {
    retry = undefined;
    if (closed) return;
    try {
      const opened = await connection.listen(actorChangedChannel, onMessage);
      if (closed) return void (await opened.close());
      listener = opened;
      cache.enable();
      void opened.ended.then(() => {
        cache.disable();
        if (!closed) {
          onError(new Error('the connection listening for caller changes was lost'));
          retry = setTimeout(() => void connect(), reconnectDelayMs);
        }
      });
    } catch (error) {
      cache.disable();
      onError(error as Error);
      retry = setTimeout(() => void connect(), reconnectDelayMs);
    }
  }

  await connect();

  return {
    async sync() {
      if (!cache.enabled) return;
      const token = syncPrefix + randomUUID();
      let timer: NodeJS.Timeout | undefined;
      const heard = new Promise<boolean>((resolve) => {
        waiting.set(token, () => resolve(true));
        timer = setTimeout(() => resolve(false), syncTimeoutMs);
      });
      try {
        await connection.executeSql('select pg_notify($1, $2)', [actorChangedChannel, token]);
        if (!(await heard)) cache.forgetAll();
      } catch {
        cache.forgetAll();
      } finally {
        clearTimeout(timer);
        waiting.delete(token);
      }
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      cache.disable();
      await listener?.close();
    },
  };
}
