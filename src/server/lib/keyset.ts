import { sql, type SQL } from 'drizzle-orm';
import { AppError } from './errors';

/**
 * Keyset pagination: the next page starts after the last row of this one, found through the sort
 * key's index instead of skipping `offset` rows, so page 400 costs what page 1 costs. The cursor is
 * that last row's sort values, opaque to clients.
 */
export type KeysetValue = string | number;

export function encodeCursor(values: KeysetValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: ('string' | 'number')[]): KeysetValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('INVALID_CURSOR');
  }
  const valid = Array.isArray(values) && values.length === shape.length && values.every((v, i) => typeof v === shape[i] && (typeof v !== 'number' || Number.isFinite(v)));
  if (!valid) throw new AppError('INVALID_CURSOR');
  return values as KeysetValue[];
}

/** `value` is a cursor value, or a placeholder in a prepared statement. */
export type KeysetColumn = { expression: SQL; direction: 'asc' | 'desc'; value: unknown };

/**
 * Rows strictly after the cursor in the given order, for any mix of directions:
 * (a > x) or (a = x and b > y) or (a = x and b = y and c > z), with < for descending columns.
 */
export function afterCursor(columns: KeysetColumn[]): SQL {
  const alternatives = columns.map((column, index) => {
    const equalBefore = columns.slice(0, index).map((c) => sql`${c.expression} = ${c.value}`);
    const beyond = column.direction === 'asc' ? sql`${column.expression} > ${column.value}` : sql`${column.expression} < ${column.value}`;
    return sql.join([...equalBefore, beyond], sql` and `);
  });
  return sql`(${sql.join(alternatives.map((a) => sql`(${a})`), sql` or `)})`;
}
