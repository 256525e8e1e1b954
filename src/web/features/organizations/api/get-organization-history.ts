import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditPage } from '../../../../shared/contracts/audit';
import { apiGet, withQuery } from '../../../lib/api-client';

export const getOrganizationHistory = (id: string, page: number) =>
  apiGet(withQuery(`/api/organizations/${encodeURIComponent(id)}/history`, { page }), auditPage);

export function useOrganizationHistory(id: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['organizations', 'history', id, page],
    queryFn: () => getOrganizationHistory(id, page),
    enabled,
    placeholderData: keepPreviousData,
  });
}
