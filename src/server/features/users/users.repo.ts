import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organizations, userRoles, users } from '../../db/schema/index';
import type { RoleAssignment } from '../../../shared/contracts/auth';

export type UserListFilter = { q?: string; active?: boolean; sort?: string; page: number; pageSize: number };

const sortColumns = { email: users.email, fullName: users.fullName, createdAt: users.createdAt } as const;

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listUsers(db: Executor, filter: UserListFilter) {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(users.email, pattern), ilike(users.fullName, pattern))!);
  }
  if (filter.active !== undefined) conditions.push(eq(users.active, filter.active));
  const where = conditions.length ? and(...conditions) : undefined;
  const sortKey = (filter.sort?.replace(/^-/, '') ?? 'email') as keyof typeof sortColumns;
  const order = filter.sort?.startsWith('-') ? desc(sortColumns[sortKey]) : asc(sortColumns[sortKey]);
  const rows = await db.select().from(users).where(where).orderBy(order, asc(users.id))
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ value: count() }).from(users).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function listRolesWithScopeNames(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: userRoles.userId,
      role: userRoles.role,
      scopeOrganizationId: userRoles.scopeOrganizationId,
      scopeName: {
        ru: sql<string | null>`coalesce(${organizations.shortNameRu}, ${organizations.nameRu})`,
        en: sql<string | null>`coalesce(${organizations.shortNameEn}, ${organizations.nameEn})`,
        zh: sql<string | null>`coalesce(${organizations.shortNameZh}, ${organizations.nameZh})`,
      },
    })
    .from(userRoles)
    .leftJoin(organizations, eq(organizations.id, userRoles.scopeOrganizationId))
    .where(inArray(userRoles.userId, userIds));
}

export async function findUser(db: Executor, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(db: Executor, id: string, values: Partial<typeof users.$inferInsert>) {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row!;
}

export async function replaceRoles(db: Executor, userId: string, assignments: RoleAssignment[]) {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (assignments.length === 0) return;
  await db.insert(userRoles).values(assignments.map((a) => ({ userId, role: a.role, scopeOrganizationId: a.scopeOrganizationId })));
}

export async function findOrganizationKinds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: organizations.id, kind: organizations.kind }).from(organizations).where(inArray(organizations.id, ids));
}
