import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchResponse, type SearchQuery } from '../../../../shared/contracts/search';
import { apiGet, withQuery } from '../../../lib/api-client';

export type SearchParams = Partial<SearchQuery> & { q: string };

export const search = (params: SearchParams) => apiGet(withQuery('/api/search', params), searchResponse);

export function useSearch(params: SearchParams) {
  const q = params.q.trim();
  return useQuery({
    queryKey: ['search', { ...params, q }],
    queryFn: () => search({ ...params, q }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
