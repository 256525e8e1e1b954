import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../db/client';
import { auditLog } from '../db/schema/index';
import { createTestDatabase } from '../test-support/test-database';
import { anonymous, type RequestContext, type UserActor } from './actor';
import { recordAudit, recordAuditMany, type AuditEntry } from './audit';

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await createTestDatabase();
});
afterAll(async () => connection?.close());

// Values an array literal has to quote, escape or could take for something else.
const awkward = ['"quoted" and \\backslashed\\', '{braces}, commas', 'NULL', '', 'строка\nс переводом', '中文 😀', "apostrophe's", '\t tab'];
const entries: AuditEntry[] = awkward.map((text, i) => ({
  action: i % 2 ? 'update' : 'create',
  entityType: 'organization',
  entityId: `entity-${i}`,
  before: i % 2 ? { name: text, count: i, flag: null } : null,
  after: { name: `${text}!`, count: i + 1, nested: { list: [text, null, 1.5] }, at: new Date(Date.UTC(2026, 10, 28)) },
}));

async function written(requestId: string) {
  const rows = await connection.db.select().from(auditLog).orderBy(asc(auditLog.id));
  return rows.filter((row) => row.requestId === requestId).map(({ id: _id, at: _at, requestId: _request, ...rest }) => rest);
}

describe('the audit entries of a bulk write', () => {
  it('are the entries written one by one, whatever the values hold, in the order given', async () => {
    const actor: UserActor = {
      kind: 'user', id: '00000000-0000-4000-8000-000000000001', email: 'coordinator@example.org', fullName: 'Coordinator', language: 'ru',
      roles: ['coordinator'], memberOrganizationIds: [], managedEcosystemIds: [], via: 'session',
    };
    const user: RequestContext = { actor, requestId: 'one-by-one' };
    for (const entry of entries) await recordAudit(connection.db, user, entry);
    await connection.db.transaction((tx) => recordAuditMany(tx, { ...user, requestId: 'in-bulk' }, entries));
    const single = await written('one-by-one');
    expect(single).toHaveLength(awkward.length);
    expect(await written('in-bulk')).toEqual(single);
    expect(single[0]!.changes.name).toEqual({ before: null, after: `${awkward[0]}!` });
  });

  it('name the system when no user acts, and write nothing for no entries', async () => {
    const system: RequestContext = { actor: anonymous, requestId: 'system-bulk' };
    await recordAuditMany(connection.db, system, []);
    await recordAuditMany(connection.db, system, entries.slice(0, 2));
    const rows = await written('system-bulk');
    expect(rows.map((row) => [row.actorUserId, row.actorLabel, row.entityId])).toEqual([[null, 'system', 'entity-0'], [null, 'system', 'entity-1']]);
  });
});
