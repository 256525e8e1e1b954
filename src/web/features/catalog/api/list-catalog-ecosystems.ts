import { useQuery } from '@tanstack/react-query';
import type { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const listCatalogEcosystems = () => apiGet<AnswerOf<typeof ecosystemList>>('/api/ecosystems');

export function useCatalogEcosystems() {
  return useQuery({ queryKey: ['catalog', 'ecosystems'], queryFn: listCatalogEcosystems, staleTime: 5 * 60_000 });
}
