import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { auditPage } from '../../../../shared/contracts/audit';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export const getOrganizationHistory = (id: string, page: number) =>
  apiGet<AnswerOf<typeof auditPage>>(withQuery(`/api/organizations/${encodeURIComponent(id)}/history`, { page }));

export function useOrganizationHistory(id: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['organizations', 'history', id, page],
    queryFn: () => getOrganizationHistory(id, page),
    enabled,
    placeholderData: keepPreviousData,
  });
}
