import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const listCatalogEcosystems = () => apiGet<AnswerOf<typeof ecosystemList>>('/api/ecosystems');

/** Also started by the catalog's route loader, so the cards do not arrive after the page's frame and push it down. */
export const catalogEcosystemsQuery = queryOptions({ queryKey: ['catalog', 'ecosystems'], queryFn: listCatalogEcosystems, staleTime: 5 * 60_000 });

export function useCatalogEcosystems() {
  return useQuery(catalogEcosystemsQuery);
}
