import { useQuery } from '@tanstack/react-query';
import { organization } from '../../../../shared/contracts/registry';
import { apiGet } from '../../../lib/api-client';

export const getCatalogOrganization = (id: string) => apiGet(`/api/organizations/${encodeURIComponent(id)}`, organization);

export function useCatalogOrganization(id: string) {
  return useQuery({ queryKey: ['catalog', 'organization', id], queryFn: () => getCatalogOrganization(id) });
}
