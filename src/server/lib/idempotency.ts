import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/client';
import { idempotencyKeys } from '../db/schema/index';
import type { Clock } from './clock';
import { AppError } from './errors';
import type { App } from './http';

export const idempotencyHeader = 'idempotency-key';
/** A first request that has not answered in this long died with its process: a retry may run again. */
const abandonedAfterMs = 60_000;
/** How long a kept answer can be replayed. */
export const keptForMs = 24 * 60 * 60 * 1000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { userId: string; key: string };
  }
}

/** The request as sent: method, path with query, and body (an uploaded file by its bytes). */
function hashOf(request: FastifyRequest): string {
  const hash = createHash('sha256').update(`${request.method} ${request.url}\n`);
  hash.update(Buffer.isBuffer(request.body) ? request.body : JSON.stringify(request.body ?? null));
  return hash.digest('hex');
}

/**
 * `Idempotency-Key` on POST: a client that retries after a lost answer (a timeout, a dropped
 * connection) gets the first answer again, marked `Idempotent-Replayed: true`, and nothing is
 * created twice. Keys belong to the signed-in user; the same key with another request is refused.
 * Answers of 5xx are not kept, so a retry after a server fault runs again.
 */
export function registerIdempotency(app: App, { db, clock }: { db: Database; clock: Clock }) {
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[idempotencyHeader];
    if (request.method !== 'POST' || key === undefined || request.actor.kind !== 'user') return;
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) throw new AppError('IDEMPOTENCY_KEY_INVALID');
    const userId = request.actor.id;
    const requestHash = hashOf(request);
    const now = clock.now();
    const claimed = await db.insert(idempotencyKeys).values({ userId, key, requestHash, createdAt: now }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
    if (claimed.length) {
      request.idempotency = { userId, key };
      return;
    }
    const [kept] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    if (!kept) throw new AppError('IDEMPOTENCY_KEY_IN_PROGRESS'); // pruned between the two statements
    if (kept.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (kept.statusCode === null) {
      const abandoned = kept.createdAt.getTime() < now.getTime() - abandonedAfterMs;
      const retaken = abandoned && (await db.update(idempotencyKeys).set({ createdAt: now })
        .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.statusCode), eq(idempotencyKeys.createdAt, kept.createdAt)))
        .returning({ key: idempotencyKeys.key })).length > 0;
      if (!retaken) throw new AppError('IDEMPOTENCY_KEY_IN_PROGRESS');
      request.idempotency = { userId, key };
      return;
    }
    return reply.code(kept.statusCode).header('content-type', kept.contentType ?? 'application/json; charset=utf-8').header('idempotent-replayed', 'true').send(kept.responseBody ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = undefined;
    const where = and(eq(idempotencyKeys.userId, claim.userId), eq(idempotencyKeys.key, claim.key));
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      await db.delete(idempotencyKeys).where(where);
    } else {
      const contentType = reply.getHeader('content-type');
      await db.update(idempotencyKeys).set({ statusCode: reply.statusCode, contentType: typeof contentType === 'string' ? contentType : null, responseBody: payload }).where(where);
    }
    return payload;
  });
}

/** Housekeeping: answers older than a day are no longer replayed. */
export async function pruneIdempotencyKeys(db: Database, now: Date) {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`${new Date(now.getTime() - keptForMs)}`));
}
