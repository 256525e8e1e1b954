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
});
