import { randomUUID } from 'node:crypto';
import type { DatabaseConnection, Listener } from '../db/client';

/**
 * The channel the triggers of migrations 0018 and 0021 notify: a user's id or '*' when callers
 * changed (ADR 036), 'data' when a table that answers are read from changed (ADR 045).
 */
export const changesChannel = 'northbridge_changed';
const dataPayload = 'data';
const syncPrefix = 'sync:';
const reconnectDelayMs = 1000;
const syncTimeoutMs = 2000;

/** What a process keeps in memory and must forget when the database says so. */
export type ForgettingCache = { enable: () => void; disable: () => void; forgetAll: () => void; readonly enabled: boolean };
export type ChangeListeners = {
  actors: ForgettingCache & { forgetUser: (userId: string) => void };
  answers: ForgettingCache;
};

export type DatabaseChanges = {
  /**
   * Resolves once this process has heard every change committed before the call: PostgreSQL
   * delivers a channel's messages in commit order, so hearing a message sent now means the
   * earlier ones arrived. If it is not heard in time, everything cached is forgotten instead.
   */
  sync: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * Keeps the in-memory caches in step with the database: forgets a user's callers, or every
 * remembered answer, when the triggers say something changed, in this process and every other on
 * the same database. The caches serve only while the listening connection is up; a lost one is
 * opened again, and they start empty, since messages sent in between are lost.
 */
export async function listenForDatabaseChanges(connection: DatabaseConnection, caches: ChangeListeners, onError: (error: Error) => void = () => {}): Promise<DatabaseChanges> {
  const all = [caches.actors, caches.answers];
  const waiting = new Map<string, () => void>();
  let listener: Listener | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  function onMessage(payload: string) {
    if (payload === dataPayload) caches.answers.forgetAll();
    else if (payload.startsWith(syncPrefix)) {
      waiting.get(payload)?.();
      waiting.delete(payload);
    } else if (payload === '*') caches.actors.forgetAll();
    else caches.actors.forgetUser(payload);
  }

  const forgetEverything = () => all.forEach((cache) => cache.forgetAll());

  async function connect() {
    retry = undefined;
    if (closed) return;
    try {
      const opened = await connection.listen(changesChannel, onMessage);
      if (closed) return void (await opened.close());
      listener = opened;
      all.forEach((cache) => cache.enable());
      void opened.ended.then(() => {
        all.forEach((cache) => cache.disable());
        if (!closed) {
          onError(new Error('the connection listening for database changes was lost'));
          retry = setTimeout(() => void connect(), reconnectDelayMs);
        }
      });
    } catch (error) {
      all.forEach((cache) => cache.disable());
      onError(error as Error);
      retry = setTimeout(() => void connect(), reconnectDelayMs);
    }
  }

  await connect();

  return {
    async sync() {
      if (!all.some((cache) => cache.enabled)) return;
      const token = syncPrefix + randomUUID();
      let timer: NodeJS.Timeout | undefined;
      const heard = new Promise<boolean>((resolve) => {
        waiting.set(token, () => resolve(true));
        timer = setTimeout(() => resolve(false), syncTimeoutMs);
      });
      try {
        await connection.executeSql('select pg_notify($1, $2)', [changesChannel, token]);
        if (!(await heard)) forgetEverything();
      } catch {
        forgetEverything();
      } finally {
        clearTimeout(timer);
        waiting.delete(token);
      }
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      all.forEach((cache) => cache.disable());
      await listener?.close();
    },
  };
}
