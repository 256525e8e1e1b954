import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { organizationPage } from '../../../../shared/contracts/registry';
import { apiGet, withQuery } from '../../../lib/api-client';

/** Organizations whose name matches, for choosing parties and filters. */
export const searchOrganizations = (q: string, kind?: string) => apiGet(withQuery('/api/organizations', { q, kind, pageSize: 20, sort: 'name' }), organizationPage);

export function useOrganizationSearch(q: string, kind?: string) {
  return useQuery({ queryKey: ['organizations', 'search', q, kind], queryFn: () => searchOrganizations(q, kind), placeholderData: keepPreviousData, enabled: q.trim().length > 0 });
}
