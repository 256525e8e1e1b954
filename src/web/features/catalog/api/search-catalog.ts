import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { searchResponse, SearchQuery } from '../../../../shared/contracts/search';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type CatalogSearchParams = Partial<SearchQuery> & { q: string };

export const searchCatalog = (params: CatalogSearchParams) => apiGet<AnswerOf<typeof searchResponse>>(withQuery('/api/search', params));

export function useCatalogSearch(params: CatalogSearchParams) {
  const q = params.q.trim();
  return useQuery({
    queryKey: ['catalog', 'search', { ...params, q }],
    queryFn: () => searchCatalog({ ...params, q }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
