import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * The cursor that starts a page: the `nextCursor` of the page before it, when that page is still
 * in the query cache. Stepping to the next page — the usual way through a long list — then reads
 * after the last row the user saw, through the sort key's index; a page reached by a jump, or
 * whose predecessor has left the cache, falls back to its offset.
 */
export function cursorBefore<Page>(client: QueryClient, keyOfPage: (page: number) => QueryKey, page: number, nextCursorOf: (data: Page) => string | null): string | undefined {
  if (page <= 1) return undefined;
  const previous = client.getQueryData<Page>(keyOfPage(page - 1));
  return (previous && nextCursorOf(previous)) || undefined;
}
