import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { cursorBefore } from './keyset';

type Page = { nextCursor: string | null };
const keyOf = (page: number) => ['things', { q: 'x', page }];
const nextCursorOf = (data: Page) => data.nextCursor;

describe('cursorBefore', () => {
  it('starts the next page after the page before it, when that page is cached', () => {
    const client = new QueryClient();
    client.setQueryData(keyOf(3), { nextCursor: 'after-3' });
    expect(cursorBefore<Page>(client, keyOf, 4, nextCursorOf)).toBe('after-3');
  });

  it('falls back to the offset for the first page, a jump, or the last page', () => {
    const client = new QueryClient();
    client.setQueryData(keyOf(1), { nextCursor: null });
    expect(cursorBefore<Page>(client, keyOf, 1, nextCursorOf)).toBeUndefined();
    expect(cursorBefore<Page>(client, keyOf, 2, nextCursorOf)).toBeUndefined();
    expect(cursorBefore<Page>(client, keyOf, 9, nextCursorOf)).toBeUndefined();
  });
});
