import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { organizationPage } from '../../../../shared/contracts/registry';
import { apiGet, withQuery } from '../../../lib/api-client';

/** Organizations whose name matches, for picking the one registered as a park's resident. */
export const searchOrganizations = (q: string) => apiGet(withQuery('/api/organizations', { q, pageSize: 20, sort: 'name' }), organizationPage);

export function useOrganizationSearch(q: string) {
  return useQuery({
    queryKey: ['organizations', 'search', q],
    queryFn: () => searchOrganizations(q),
    placeholderData: keepPreviousData,
  });
}
