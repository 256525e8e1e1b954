/**
 * What happens to a database before the app serves it: migrations, reference data, and either
 * the demo world (on an empty database in demo mode) or the first admin (in production).
 */
import { count } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseConnection } from './db/client';
import { applyMigrations } from './db/migrate';
import { ensureReferenceData } from './db/reference/reference-data';
import { users, userRoles } from './db/schema/index';
import { DEMO_PASSWORD, demoUsers } from './demo/demo-users';
import { resetDatabaseContent, seedDemoWorld } from './demo/seed-demo-world';
import { anonymous } from './lib/actor';
import { recordAudit } from './lib/audit';
import { hashPassword } from './lib/secrets';

type BootstrapOptions = {
  demo: boolean;
  resetDemo?: boolean;
  adminEmail?: string | undefined;
  adminPassword?: string | undefined;
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>;
};

export type BootstrapResult = { demoBuilt: boolean; adminCreated: boolean };

async function userCount(connection: DatabaseConnection) {
  const [row] = await connection.db.select({ value: count() }).from(users);
  return row?.value ?? 0;
}

export function demoCredentialsText(): string {
  const rows = demoUsers.map((u) => `  ${u.role.padEnd(13)} ${u.email}`);
  return ['Demo users (password for all: ' + DEMO_PASSWORD + '):', ...rows].join('\n');
}

export async function prepareDatabase(connection: DatabaseConnection, options: BootstrapOptions): Promise<BootstrapResult> {
  await applyMigrations(connection);
  if (options.resetDemo) await resetDatabaseContent(connection.db);
  await ensureReferenceData(connection.db);
  const empty = (await userCount(connection)) === 0;
  if (options.resetDemo || (options.demo && empty)) {
    await seedDemoWorld(connection.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
    options.log.info('The demo world is built.');
    return { demoBuilt: true, adminCreated: false };
  }
  if (empty && options.adminEmail && options.adminPassword) {
    const passwordHash = await hashPassword(options.adminPassword);
    await connection.db.transaction(async (tx) => {
      const [admin] = await tx.insert(users).values({ email: options.adminEmail!.toLowerCase(), fullName: 'Administrator', passwordHash }).returning();
      await tx.insert(userRoles).values({ userId: admin!.id, role: 'admin' });
      await recordAudit(tx, { actor: anonymous, requestId: 'start' }, { action: 'create', entityType: 'user', entityId: admin!.id, after: { email: admin!.email, roles: [{ role: 'admin', scopeOrganizationId: null }] } });
    });
    options.log.info(`Created the admin ${options.adminEmail}.`);
    return { demoBuilt: false, adminCreated: true };
  }
  if (empty) options.log.warn('The database has no users. Start with ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin.');
  return { demoBuilt: false, adminCreated: false };
}
