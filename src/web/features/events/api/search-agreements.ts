import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { agreementPage } from '../../../../shared/contracts/agreements';
import { apiGet, withQuery } from '../../../lib/api-client';

/** Agreements whose number or title matches, to link as signed at the event. */
export const searchAgreements = (q: string) => apiGet(withQuery('/api/agreements', { q, pageSize: 20 }), agreementPage);

export function useAgreementSearch(q: string) {
  return useQuery({ queryKey: ['events', 'agreement-search', q], queryFn: () => searchAgreements(q), placeholderData: keepPreviousData, enabled: q.trim().length > 0 });
}
