import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { auditPage } from '../../../../shared/contracts/audit';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export const getAgreementHistory = (id: string, page: number) => apiGet<AnswerOf<typeof auditPage>>(withQuery(`/api/agreements/${encodeURIComponent(id)}/history`, { page }));

export function useAgreementHistory(id: string, page: number) {
  return useQuery({ queryKey: ['agreements', 'history', id, page], queryFn: () => getAgreementHistory(id, page), placeholderData: keepPreviousData });
}
