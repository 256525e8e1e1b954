import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { DatabaseConnection } from '../client';
import { okvedCodes } from '../schema/index';
import { createTestDatabase } from '../../test-support/test-database';
import { ensureOkvedCodes, parentOkvedCode, readOkvedClassifier } from './okved';

let connection: DatabaseConnection;
beforeAll(async () => { connection = await createTestDatabase(); });
afterAll(async () => connection.close());

describe('ОКВЭД2 classifier', () => {
  it('reads every coded row of the official file, with its section and parent', () => {
    const rows = readOkvedClassifier();
    expect(rows).toHaveLength(2929);
    const codes = new Set(rows.map((r) => r.code));
    expect(rows.filter((r) => r.parentCode && !codes.has(r.parentCode))).toEqual([]);
    expect(rows.find((r) => r.code === '62.01')).toMatchObject({ section: 'J', parentCode: '62.0' });
    expect(rows.find((r) => r.code === '19.34.3')?.nameRu).toContain('теромуглей'); // kept as published
  });

  it('knows the parent of each level', () => {
    expect(parentOkvedCode('01')).toBeNull();
    expect(parentOkvedCode('01.1')).toBe('01');
    expect(parentOkvedCode('01.11')).toBe('01.1');
    expect(parentOkvedCode('01.11.1')).toBe('01.11');
    expect(parentOkvedCode('01.11.11')).toBe('01.11.1');
  });

  it('is loaded into the database once, however often the app starts', async () => {
    await ensureOkvedCodes(connection.db);
    const [loaded] = await connection.db.select({ value: count() }).from(okvedCodes);
    expect(loaded?.value).toBe(2929);
    const [software] = await connection.db.select().from(okvedCodes).where(eq(okvedCodes.code, '62.01'));
    expect(software?.nameRu).toMatch(/программного обеспечения/);
  });
});
