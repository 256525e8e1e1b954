import { useQuery } from '@tanstack/react-query';
import { organization } from '../../../../shared/contracts/registry';
import { apiGet } from '../../../lib/api-client';

export const getOrganization = (id: string) => apiGet(`/api/organizations/${encodeURIComponent(id)}`, organization);

export function useOrganization(id: string) {
  return useQuery({ queryKey: ['organizations', 'detail', id], queryFn: () => getOrganization(id) });
}
