import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changesChannel } from '../lib/database-changes';
import { createTestDatabase } from '../test-support/test-database';
import type { DatabaseConnection } from './client';

/**
 * Migration 0021 (ADR 045): every table an answer may be read from says 'data' when a write to
 * it commits, so remembered answers are forgotten in every process. A new table must get its
 * trigger, or be named here with the reason it needs none.
 */
const silentTables: Record<string, string> = {
  sessions: 'written by every sign-in and renewal; callers have their own messages (0018)',
  api_tokens: 'its last use is written by reads; callers have their own messages (0018)',
  idempotency_keys: 'replays of writes, never read by an answer',
  audit_log: 'written with the change it records; the history routes are not remembered',
  partnering_match_views: 'written by reading matches; only the funnel, not remembered, reads it',
  import_runs: 'progress of an import, read by its own routes, which are not remembered',
  registry_generation: 'moves with the registry tables, which send their own messages',
};

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await createTestDatabase();
});
afterAll(async () => connection.close());

describe('data change messages', () => {
  it('come from every table but those that need none', async () => {
    const tables = (await connection.executeSql(`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).rows as { name: string }[];
    const triggers = (await connection.executeSql(`select c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and t.tgname = c.relname || '_data_changed' and not t.tgisinternal`)).rows as { name: string }[];
    const notifying = new Set(triggers.map((t) => t.name));
    const unaccounted = tables.map((t) => t.name).filter((name) => !notifying.has(name) && !(name in silentTables));
    expect(unaccounted).toEqual([]);
    expect(Object.keys(silentTables).filter((name) => notifying.has(name))).toEqual([]);
    expect(notifying.size).toBeGreaterThan(60);
  });

  it('are sent once per committed transaction, and never for a rollback', async () => {
    const heard: string[] = [];
    const listener = await connection.listen(changesChannel, (payload) => heard.push(payload));
    try {
      const label = (code: string) => `insert into directions (code, label_ru, label_en, label_zh) values ('${code}', 'т', 't', '测')`;
      await connection.db.transaction(async (tx) => {
        await tx.execute(label('data_changes_a'));
        await tx.execute(label('data_changes_b'));
        await tx.execute(`update directions set label_en = 'u' where code like 'data_changes_%'`);
      });
      await expect(connection.db.transaction(async (tx) => {
        await tx.execute(label('data_changes_c'));
        throw new Error('rolled back');
      })).rejects.toThrow('rolled back');
      // A marker sent after both: once it is heard, everything before it was too.
      await connection.executeSql('select pg_notify($1, $2)', [changesChannel, 'marker']);
      await vi.waitFor(() => expect(heard).toContain('marker'), { timeout: 2000, interval: 10 });
      expect(heard).toEqual(['data', 'marker']);
    } finally {
      await listener.close();
    }
  });
});
