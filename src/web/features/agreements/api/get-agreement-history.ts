import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditPage } from '../../../../shared/contracts/audit';
import { apiGet, withQuery } from '../../../lib/api-client';

export const getAgreementHistory = (id: string, page: number) => apiGet(withQuery(`/api/agreements/${encodeURIComponent(id)}/history`, { page }), auditPage);

export function useAgreementHistory(id: string, page: number) {
  return useQuery({ queryKey: ['agreements', 'history', id, page], queryFn: () => getAgreementHistory(id, page), placeholderData: keepPreviousData });
}
