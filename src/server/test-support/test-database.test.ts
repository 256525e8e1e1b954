import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from './test-database';

const journal = JSON.parse(readFileSync(new URL('../db/migrations/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] };

describe('test databases', () => {
  it('are made from the suite\'s migrated template, with every migration applied', async () => {
    expect(inject('databaseTemplate')).toBeTruthy();
    const connection = await createTestDatabase();
    try {
      const { rows } = await connection.executeSql('select count(*)::int as applied from drizzle.__drizzle_migrations');
      expect((rows[0] as { applied: number }).applied).toBe(journal.entries.length);
    } finally {
      await connection.close();
    }
  });

  // Three databases opened from the demo world's dump: slower than one file's usual opening.
  it('are made from the suite\'s copy of the demo world when a file asks for it, and stay apart', { timeout: 90_000 }, async () => {
    expect(inject('demoDatabaseTemplate')).toBeTruthy();
    const first = await createTestDatabase('demo-world');
    const second = await createTestDatabase('demo-world');
    try {
      const demoUsers = async (connection: typeof first) =>
        ((await connection.executeSql("select count(*)::int as n from users where email like '%@demo.northbridge.local'")).rows[0] as { n: number }).n;
      expect(await demoUsers(first)).toBeGreaterThanOrEqual(5);
      await first.executeSql("update users set full_name = 'Changed in the first copy' where email like 'analyst@%'");
      const analystName = async (connection: typeof first) => ((await connection.executeSql("select full_name from users where email like 'analyst@%'")).rows[0] as { full_name: string }).full_name;
      expect(await analystName(first)).toBe('Changed in the first copy');
      expect(await analystName(second)).not.toBe('Changed in the first copy');
      expect(await usersOfAnEmptyDatabase()).toBe(0);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

async function usersOfAnEmptyDatabase() {
  const empty = await createTestDatabase();
  try {
    return ((await empty.executeSql('select count(*)::int as n from users')).rows[0] as { n: number }).n;
  } finally {
    await empty.close();
  }
}
