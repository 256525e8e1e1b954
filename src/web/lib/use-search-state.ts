import { useSearchParams } from 'react-router';

/**
 * List state (page, sort, filters) kept in the address, so a filtered list can be bookmarked,
 * shared and restored with the Back button.
 */
export function useSearchState<Key extends string>(keys: readonly Key[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined])) as Record<Key, string | undefined>;
  const page = Math.max(1, Number(params.get('page')) || 1);

  function write(changes: Record<string, string | undefined>, keepPage: boolean) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    // Changing a filter or the order starts again from the first page.
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  }

  return {
    values,
    page,
    update: (changes: Partial<Record<Key, string | undefined>>) => write(changes, false),
    setPage: (newPage: number) => write({ page: newPage === 1 ? undefined : String(newPage) }, true),
  };
}
