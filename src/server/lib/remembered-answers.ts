import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';
import type { Clock } from './clock';
import type { App } from './http';
import { requestLanguage } from './request-language';

/**
 * Answers of read routes kept in memory while the database is unchanged (ADR 045). Any committed
 * write to a table answers are read from sends 'data' (migration 0021) and forgets every answer in
 * every process; a write through the API answers only after its own message is heard (ADR 036's
 * marker), so its client's next read is read again. An answer is also forgotten when the minute
 * turns: what depends on the time (overdue, upcoming, this year) is never more than a minute old.
 *
 * A route opts in with `config: rememberAnswer`: a GET whose answer depends on nothing but the
 * caller, the language, the URL, the data and the time, and which writes nothing a later read
 * could miss. Files, sign-in, the audit history, imports and anything that sets headers of its
 * own stay out.
 */
export const rememberAnswer = { rememberAnswer: true } as const;

type Answer = { body: string; contentType: string };
export type AnswerCacheOptions = { maxEntries?: number; maxBytes?: number; maxAnswerBytes?: number };

export function createAnswerCache({ maxEntries = 2000, maxBytes = 64 * 2 ** 20, maxAnswerBytes = 2 * 2 ** 20 }: AnswerCacheOptions = {}) {
  const entries = new Map<string, Answer>();
  let bytes = 0;
  // Moves on every forgetting: an answer read before a change must not be stored after it.
  let epoch = 0;
  let minute = -1;
  let enabled = false;
  const stats = { hits: 0, misses: 0, stored: 0 };

  function forgetAll() {
    epoch += 1;
    entries.clear();
    bytes = 0;
  }

  function remove(key: string) {
    const answer = entries.get(key);
    if (!answer) return;
    entries.delete(key);
    bytes -= answer.body.length;
  }

  /** Answers of an earlier minute are dropped as soon as a request sees the new one. */
  function turnTo(now: Date) {
    const current = Math.floor(now.getTime() / 60_000);
    if (current !== minute) {
      minute = current;
      forgetAll();
    }
  }

  return {
    enable() {
      forgetAll();
      enabled = true;
    },
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
    stats,
    forgetAll,

    /** Taken before the answer is computed; `store` refuses it if anything was forgotten since. */
    epoch(now: Date) {
      turnTo(now);
      return epoch;
    },

    read(key: string, now: Date): Answer | undefined {
      if (!enabled) return undefined;
      turnTo(now);
      const answer = entries.get(key);
      if (!answer) {
        stats.misses += 1;
        return undefined;
      }
      // Most recently used last: the oldest in use go first when the cache is full.
      entries.delete(key);
      entries.set(key, answer);
      stats.hits += 1;
      return answer;
    },

    store(key: string, answer: Answer, epochBefore: number, now: Date) {
      if (!enabled || answer.body.length > maxAnswerBytes) return;
      turnTo(now);
      if (epochBefore !== epoch) return;
      remove(key);
      while (entries.size > 0 && (entries.size >= maxEntries || bytes + answer.body.length > maxBytes)) remove(entries.keys().next().value!);
      entries.set(key, answer);
      bytes += answer.body.length;
      stats.stored += 1;
    },
  };
}

export type AnswerCache = ReturnType<typeof createAnswerCache>;

// Everything an answer may depend on about its caller, but not which of its sessions asks.
const callerKeys = new WeakMap<Actor, string>();
function callerKey(actor: Actor): string {
  let key = callerKeys.get(actor);
  if (key === undefined) {
    key = actor.kind === 'user' ? JSON.stringify({ ...actor, sessionId: undefined }) : actor.kind;
    callerKeys.set(actor, key);
  }
  return key;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    rememberAnswer?: boolean;
  }
  interface FastifyRequest {
    answerToRemember?: { key: string; epoch: number };
  }
}

const remembers = (request: FastifyRequest) => request.method === 'GET' && request.routeOptions.config.rememberAnswer === true;

/** Answers a remembered route from memory when it can, and remembers its 200 answers. */
export function registerRememberedAnswers(app: App, cache: AnswerCache, clock: Clock) {
  app.addHook('preHandler', async (request, reply) => {
    if (!remembers(request)) return;
    const now = clock.now();
    const key = `${callerKey(request.actor)}\n${requestLanguage(request)}\n${request.url}`;
    const answer = cache.read(key, now);
    if (answer) return reply.header('content-type', answer.contentType).send(answer.body);
    request.answerToRemember = { key, epoch: cache.epoch(now) };
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.answerToRemember;
    if (!pending || reply.statusCode !== 200 || typeof payload !== 'string') return;
    cache.store(pending.key, { body: payload, contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8') }, pending.epoch, clock.now());
  });
}
