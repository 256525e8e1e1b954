import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/roles';
import type { Database } from '../db/client';
import { ecosystemMemberships, organizations, userRoles, users } from '../db/schema/index';
import { hashPassword } from '../lib/secrets';

/** Small factories: each test makes its own rows and names them after itself. */

const unique = () => randomBytes(4).toString('hex');
let passwordHashOnce: Promise<string> | undefined;
export const testPassword = 'correct horse battery staple';
const testPasswordHash = () => (passwordHashOnce ??= hashPassword(testPassword));

export async function createOrganization(db: Database, values: Partial<typeof organizations.$inferInsert> = {}) {
  const [row] = await db.insert(organizations).values({ nameRu: `Организация ${unique()}`, nameEn: `Organization ${unique()}`, kind: 'company', country: 'RU', visibility: 'public', ...values }).returning();
  return row!;
}

export async function createEcosystem(db: Database, values: Partial<typeof organizations.$inferInsert> = {}) {
  return createOrganization(db, { kind: 'industrial_park', nameEn: `Park ${unique()}`, ...values });
}

export async function addMembership(db: Database, ecosystemId: string, organizationId: string, status = 'resident') {
  await db.insert(ecosystemMemberships).values({ ecosystemId, organizationId, status, dateFrom: '2024-01-01' });
}

export type RoleSpec = { role: Role; scopeOrganizationId?: string | null };

export async function createUser(db: Database, roles: RoleSpec[] = [], values: Partial<typeof users.$inferInsert> = {}) {
  const [user] = await db.insert(users).values({ email: `user-${unique()}@test.local`, fullName: 'Test User', passwordHash: await testPasswordHash(), ...values }).returning();
  if (roles.length) {
    await db.insert(userRoles).values(roles.map((r) => ({ userId: user!.id, role: r.role, scopeOrganizationId: r.scopeOrganizationId ?? null })));
  }
  return user!;
}
