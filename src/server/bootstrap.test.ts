import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from './db/client';
import { auditLog, directions, organizations, userRoles, users } from './db/schema/index';
import { prepareDatabase } from './bootstrap';
import { createTestDatabase } from './test-support/test-database';

const quiet = { info: () => {}, warn: () => {} };
let connection: DatabaseConnection | undefined;
afterEach(async () => connection?.close());

describe('preparing a database', () => {
  it('without demo: only reference data, and the first admin from the configuration, audited', async () => {
    connection = await createTestDatabase();
    const result = await prepareDatabase(connection, { demo: false, adminEmail: 'Root@Example.org', adminPassword: 'a-long-admin-secret', log: quiet });
    expect(result).toEqual({ demoBuilt: false, adminCreated: true });
    expect(await connection.db.select().from(organizations)).toHaveLength(0);
    expect((await connection.db.select().from(directions)).length).toBeGreaterThan(20);
    const [admin] = await connection.db.select().from(users);
    expect(admin?.email).toBe('root@example.org');
    expect(await connection.db.select({ role: userRoles.role }).from(userRoles)).toEqual([{ role: 'admin' }]);
    const [entry] = await connection.db.select().from(auditLog);
    expect(entry).toMatchObject({ action: 'create', entityType: 'user', actorLabel: 'system' });
    expect(JSON.stringify(entry)).not.toContain('a-long-admin-secret');

    const again = await prepareDatabase(connection, { demo: false, adminEmail: 'other@example.org', adminPassword: 'another-secret-1', log: quiet });
    expect(again.adminCreated).toBe(false);
    expect(await connection.db.select().from(users)).toHaveLength(1);
  });

  it('with demo: builds the demo world once, and rebuilds it on reset', async () => {
    connection = await createTestDatabase();
    expect((await prepareDatabase(connection, { demo: true, log: quiet })).demoBuilt).toBe(true);
    expect((await prepareDatabase(connection, { demo: true, log: quiet })).demoBuilt).toBe(false);
    await connection.db.insert(organizations).values({ nameEn: 'Added after the demo', kind: 'company', country: 'RU' });
    const count = (await connection.db.select().from(organizations)).length;
    expect((await prepareDatabase(connection, { demo: true, resetDemo: true, log: quiet })).demoBuilt).toBe(true);
    expect(await connection.db.select().from(organizations)).toHaveLength(count - 1);
  });
});
