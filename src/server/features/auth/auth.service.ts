/**
 * The auth feature owns identity: sign-in, sessions, API tokens, the current user's password
 * and preferences. It turns a cookie or a bearer token into the actor every policy reasons about.
 */
import type { CurrentUser, ApiToken } from '../../../shared/contracts/auth';
import type { Language } from '../../../shared/languages';
import type { Role } from '../../../shared/roles';
import type { Database } from '../../db/client';
import { anonymous, type Actor, type RequestContext, type UserActor } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { hashPassword, randomToken, sha256, verifyPassword } from '../../lib/secrets';
import { createActorCache, type ActorCache, type CachedCaller } from './actor-cache';
import { actorFromUser } from './actor-from-user';
import * as repo from './auth.repo';
import type { LoginThrottle } from './login-throttle';

export const apiTokenPrefix = 'nbt_';

/** Signs a user out everywhere; other features call it inside their own transaction. */
export const endAllSessionsOfUser = repo.deleteSessionsOfUser;

/** Housekeeping: expired sessions are useless and only grow the table. */
export const pruneExpiredSessions = repo.deleteExpiredSessions;

/**
 * `throttle` counts failures per account, `addressThrottle` per client address. `actors` keeps
 * resolved callers (ADR 036); it serves only once something keeps it in step with the database
 * (`listenForActorChanges`), so without one every request reads its session as before.
 */
type Dependencies = { db: Database; clock: Clock; sessionDays: number; throttle: LoginThrottle; addressThrottle: LoginThrottle; actors?: ActorCache };

// A hash to verify against when the email is unknown, so that timing does not reveal which emails exist.
const missingUserHash = hashPassword(randomToken());

function toCurrentUser(user: repo.UserRow, roleRows: repo.RoleRow[]): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    language: user.language as Language,
    roles: roleRows.map((r) => ({ role: r.role as Role, scopeOrganizationId: r.scopeOrganizationId })),
  };
}

/** A cached caller is shared by many requests: none may change it for the others. */
function frozen(actor: UserActor): UserActor {
  Object.freeze(actor.roles);
  Object.freeze(actor.memberOrganizationIds);
  Object.freeze(actor.managedEcosystemIds);
  return Object.freeze(actor);
}

function toApiToken(row: Awaited<ReturnType<typeof repo.listApiTokensOfUser>>[number]): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export function createAuthService({ db, clock, sessionDays, throttle, addressThrottle, actors = createActorCache() }: Dependencies) {
  const sessionLifetimeMs = sessionDays * 24 * 3600_000;

  /** Sliding expiry, written at most once an hour to keep reads cheap; returns the end now in force. */
  async function renewSession(sessionId: string, expiresAt: Date, now: Date): Promise<Date> {
    const renewed = new Date(now.getTime() + sessionLifetimeMs);
    if (renewed.getTime() - expiresAt.getTime() <= 3600_000) return expiresAt;
    await repo.extendSession(db, sessionId, renewed);
    return renewed;
  }

  /** Last use is kept to the minute: a write on every request would cost more than the read. */
  async function touchToken(tokenId: string, lastUsedAt: Date | null, now: Date): Promise<Date | null> {
    if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < 60_000) return lastUsedAt;
    await repo.touchApiToken(db, tokenId, now);
    return now;
  }

  /**
   * One path for both credentials: a remembered caller is kept current (`refresh`: session renewal,
   * token last use); otherwise the database is read (`load`, undefined when the credential is not
   * live) and the caller remembered — unless a change was heard while it was being read.
   */
  async function cachedCaller(key: string, now: Date, { load, refresh }: { load: () => Promise<CachedCaller | undefined>; refresh: (cached: CachedCaller) => Promise<void> }): Promise<Actor> {
    const cached = actors.read(key, now);
    if (cached) {
      await refresh(cached);
      return cached.actor;
    }
    const epoch = actors.epoch();
    const loaded = await load();
    if (!loaded) return anonymous;
    actors.store(key, loaded, epoch, now);
    return loaded.actor;
  }

  return {
    async login(email: string, password: string, context: RequestContext, address: string) {
      const normalized = email.toLowerCase();
      const now = clock.now();
      const retryAfter = Math.max(throttle.retryAfterSeconds(normalized, now), addressThrottle.retryAfterSeconds(address, now));
      if (retryAfter > 0) throw new AppError('RATE_LIMITED', { retryAfterSeconds: retryAfter }, { 'retry-after': String(retryAfter) });
      const user = await repo.findUserByEmail(db, normalized);
      const valid = await verifyPassword(user?.passwordHash ?? (await missingUserHash), password);
      if (!user || !valid) {
        throttle.recordFailure(normalized, now);
        addressThrottle.recordFailure(address, now);
        throw new AppError('INVALID_CREDENTIALS');
      }
      if (!user.active) throw new AppError('ACCOUNT_DEACTIVATED');
      throttle.reset(normalized);
      const token = randomToken();
      const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
      const roleRows = await repo.listRolesOfUser(db, user.id);
      const replaced = context.actor.kind === 'user' && context.actor.via === 'session' ? context.actor.sessionId : undefined;
      await db.transaction(async (tx) => {
        // Signing in over a session (another account on a shared computer) ends that session: the
        // browser loses its cookie, and the server must not keep it alive.
        if (replaced) await repo.deleteSession(tx, replaced);
        const session = await repo.insertSession(tx, { userId: user.id, tokenHash: sha256(token), expiresAt });
        const actor = actorFromUser(user, roleRows, 'session', session.id);
        await recordAudit(tx, { ...context, actor }, { action: 'login', entityType: 'user', entityId: user.id, changes: {} });
      });
      return { user: toCurrentUser(user, roleRows), sessionToken: token, expiresAt };
    },

    async logout(context: RequestContext) {
      const actor = context.actor;
      if (actor.kind !== 'user' || !actor.sessionId) return;
      const sessionId = actor.sessionId;
      await db.transaction(async (tx) => {
        await repo.deleteSession(tx, sessionId);
        await recordAudit(tx, context, { action: 'logout', entityType: 'user', entityId: actor.id, changes: {} });
      });
    },

    /**
     * Resolves the caller; an unknown, expired or revoked credential is simply anonymous. A live
     * caller is kept for a while (ADR 036); an anonymous answer never is.
     */
    async resolveActor(credentials: { sessionToken?: string; bearerToken?: string }): Promise<Actor> {
      const now = clock.now();
      if (credentials.bearerToken) {
        const tokenHash = sha256(credentials.bearerToken);
        return cachedCaller(`token:${tokenHash}`, now, {
          load: async () => {
            const found = await repo.findLiveApiToken(db, tokenHash);
            if (!found || !found.user.active) return undefined;
            const lastUsedAt = await touchToken(found.token.id, found.token.lastUsedAt, now);
            return { actor: frozen(actorFromUser(found.user, found.roles, 'token')), expiresAt: null, lastUsedAt, tokenId: found.token.id };
          },
          refresh: async (cached) => {
            cached.lastUsedAt = await touchToken(cached.tokenId!, cached.lastUsedAt, now);
          },
        });
      }
      if (credentials.sessionToken) {
        const tokenHash = sha256(credentials.sessionToken);
        return cachedCaller(`session:${tokenHash}`, now, {
          load: async () => {
            const found = await repo.findLiveSession(db, tokenHash, now);
            if (!found || !found.user.active) return undefined;
            const expiresAt = await renewSession(found.session.id, found.session.expiresAt, now);
            return { actor: frozen(actorFromUser(found.user, found.roles, 'session', found.session.id)), expiresAt, lastUsedAt: null };
          },
          refresh: async (cached) => {
            cached.expiresAt = await renewSession(cached.actor.sessionId!, cached.expiresAt!, now);
          },
        });
      }
      return anonymous;
    },

    /** The actor a background job acts as: the user who asked for it, with their roles now. */
    async actorOfUser(userId: string): Promise<Actor> {
      const user = await repo.findUserById(db, userId);
      if (!user || !user.active) return anonymous;
      return actorFromUser(user, await repo.listRolesOfUser(db, user.id), 'session');
    },

    async getCurrentUser(actor: Actor): Promise<CurrentUser | null> {
      if (actor.kind !== 'user') return null;
      const user = await repo.findUserById(db, actor.id);
      if (!user) return null;
      return toCurrentUser(user, await repo.listRolesOfUser(db, user.id));
    },

    async changePassword(currentPassword: string, newPassword: string, context: RequestContext) {
      const actor = requireUser(context.actor);
      const user = await repo.findUserById(db, actor.id);
      if (!user) throw new AppError('UNAUTHENTICATED');
      if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new AppError('WRONG_CURRENT_PASSWORD');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await repo.updatePasswordHash(tx, user.id, passwordHash, clock.now());
        // Other sessions may belong to whoever knew the old password.
        await repo.deleteSessionsOfUser(tx, user.id);
        await recordAudit(tx, context, { action: 'change_password', entityType: 'user', entityId: user.id, changes: { password: { before: '[secret]', after: '[secret]' } } });
      });
    },

    async updateLanguage(language: Language, context: RequestContext) {
      const actor = requireUser(context.actor);
      await db.transaction(async (tx) => {
        await repo.updateUserLanguage(tx, actor.id, language, clock.now());
        await recordAudit(tx, context, { action: 'update', entityType: 'user', entityId: actor.id, changes: { language: { before: actor.language, after: language } } });
      });
      return (await this.getCurrentUser({ ...actor, language }))!;
    },

    async listApiTokens(context: RequestContext) {
      const actor = requireUser(context.actor);
      return (await repo.listApiTokensOfUser(db, actor.id)).map(toApiToken);
    },

    async createApiToken(name: string, context: RequestContext) {
      const actor = requireUser(context.actor);
      const token = apiTokenPrefix + randomToken();
      const row = await db.transaction(async (tx) => {
        const inserted = await repo.insertApiToken(tx, { userId: actor.id, name, tokenHash: sha256(token), prefix: token.slice(0, 10) });
        await recordAudit(tx, context, { action: 'create', entityType: 'api_token', entityId: inserted.id, after: { name, prefix: inserted.prefix } });
        return inserted;
      });
      return { ...toApiToken(row), token };
    },

    async revokeApiToken(tokenId: string, context: RequestContext) {
      const actor = requireUser(context.actor);
      await db.transaction(async (tx) => {
        const existing = await repo.findApiTokenOfUser(tx, actor.id, tokenId);
        if (!existing) throw notFound('api_token', tokenId);
        if (existing.revokedAt) return;
        const revoked = await repo.revokeApiToken(tx, tokenId, clock.now());
        await recordAudit(tx, context, { action: 'revoke', entityType: 'api_token', entityId: tokenId, before: { revokedAt: null }, after: { revokedAt: revoked.revokedAt } });
      });
    },

  };
}

export type AuthService = ReturnType<typeof createAuthService>;
