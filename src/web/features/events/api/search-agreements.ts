import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { agreementPage } from '../../../../shared/contracts/agreements';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

/** Agreements whose number or title matches, to link as signed at the event. */
export const searchAgreements = (q: string) => apiGet<AnswerOf<typeof agreementPage>>(withQuery('/api/agreements', { q, pageSize: 20 }));

export function useAgreementSearch(q: string) {
  return useQuery({ queryKey: ['events', 'agreement-search', q], queryFn: () => searchAgreements(q), placeholderData: keepPreviousData, enabled: q.trim().length > 0 });
}
