import { useQuery } from '@tanstack/react-query';
import { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet } from '../../../lib/api-client';

export const listCatalogEcosystems = () => apiGet('/api/ecosystems', ecosystemList);

export function useCatalogEcosystems() {
  return useQuery({ queryKey: ['catalog', 'ecosystems'], queryFn: listCatalogEcosystems, staleTime: 5 * 60_000 });
}
