import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { searchResponse, SearchQuery, SearchResponse } from '../../../../shared/contracts/search';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';
import { cursorBefore } from '../../../lib/keyset';

export type SearchParams = Partial<Omit<SearchQuery, 'after'>> & { q: string };

export const search = (params: SearchParams & { after?: string }) => apiGet<AnswerOf<typeof searchResponse>>(withQuery('/api/search', params));

const keyOf = (params: SearchParams) => ['search', params];

export function useSearch(params: SearchParams) {
  const client = useQueryClient();
  const query = { ...params, q: params.q.trim() };
  return useQuery({
    queryKey: keyOf(query),
    queryFn: () => {
      const after = cursorBefore<SearchResponse>(client, (page) => keyOf({ ...query, page }), query.page ?? 1, (data) => data.organizations.nextCursor);
      return search({ ...query, after });
    },
    enabled: query.q.length > 0,
    placeholderData: keepPreviousData,
  });
}
