import { useQuery } from '@tanstack/react-query';
import { ecosystemDetail } from '../../../../shared/contracts/ecosystems';
import { apiGet } from '../../../lib/api-client';

export const getCatalogEcosystem = (id: string) => apiGet(`/api/ecosystems/${encodeURIComponent(id)}`, ecosystemDetail);

export function useCatalogEcosystem(id: string) {
  return useQuery({ queryKey: ['catalog', 'ecosystem', id], queryFn: () => getCatalogEcosystem(id) });
}
