import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { preparedStatement } from '../../db/prepared';
import { apiTokens, sessions, userRoles, users } from '../../db/schema/index';

export type UserRow = typeof users.$inferSelect;
export type RoleRow = typeof userRoles.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export function listRolesOfUser(db: Executor, userId: string): Promise<RoleRow[]> {
  return db.select().from(userRoles).where(eq(userRoles.userId, userId));
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert) {
  const [row] = await db.insert(sessions).values(values).returning();
  return row!;
}

export type ScopedRole = Pick<RoleRow, 'role' | 'scopeOrganizationId'>;

/**
 * The user's roles as a column of the statement that finds their session or token: every request
 * resolves its caller, and under load each statement's round trip costs about as much as a
 * one-row read (BENCHMARKS.md, ADR 029), so the lookup and the roles go in one.
 */
const rolesOfUser = sql<ScopedRole[]>`coalesce((select json_agg(json_build_object('role', ${userRoles.role}, 'scopeOrganizationId', ${userRoles.scopeOrganizationId})) from ${userRoles} where ${userRoles.userId} = ${users.id}), '[]'::json)`;

const liveSession = preparedStatement((db) => db
  .select({ session: sessions, user: users, roles: rolesOfUser })
  .from(sessions)
  .innerJoin(users, eq(users.id, sessions.userId))
  .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
  .prepare('find_live_session'));

/** Prepared once: every signed-in request asks it (ADR 034). */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  const [row] = await liveSession(db).execute({ tokenHash, now });
  return row;
}

export async function extendSession(db: Executor, sessionId: string, expiresAt: Date) {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Executor, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOfUser(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function updatePasswordHash(db: Executor, userId: string, passwordHash: string, now: Date) {
  await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
}

export async function updateUserLanguage(db: Executor, userId: string, language: string, now: Date) {
  await db.update(users).set({ language, updatedAt: now }).where(eq(users.id, userId));
}

export async function insertApiToken(db: Executor, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

export function listApiTokensOfUser(db: Executor, userId: string) {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(apiTokens.createdAt);
}

export async function findApiTokenOfUser(db: Executor, userId: string, tokenId: string) {
  const [row] = await db.select().from(apiTokens).where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)));
  return row;
}

export async function revokeApiToken(db: Executor, tokenId: string, now: Date) {
  const [row] = await db.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, tokenId)).returning();
  return row!;
}

const liveApiToken = preparedStatement((db) => db
  .select({ token: apiTokens, user: users, roles: rolesOfUser })
  .from(apiTokens)
  .innerJoin(users, eq(users.id, apiTokens.userId))
  .where(and(eq(apiTokens.tokenHash, sql.placeholder('tokenHash')), isNull(apiTokens.revokedAt)))
  .prepare('find_live_api_token'));

export async function findLiveApiToken(db: Executor, tokenHash: string) {
  const [row] = await liveApiToken(db).execute({ tokenHash });
  return row;
}

export async function touchApiToken(db: Executor, tokenId: string, now: Date) {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, tokenId));
}
