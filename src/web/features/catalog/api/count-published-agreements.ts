import { useQuery } from '@tanstack/react-query';
import type { agreementPage } from '../../../../shared/contracts/agreements';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

/** Only the total matters here: the server lists published, non-confidential agreements to anonymous callers. */
export const countPublishedAgreements = async () =>
  (await apiGet<AnswerOf<typeof agreementPage>>(withQuery('/api/agreements', { pageSize: 1 }))).total;

export function usePublishedAgreementCount() {
  return useQuery({ queryKey: ['catalog', 'agreement-count'], queryFn: countPublishedAgreements, staleTime: 5 * 60_000 });
}
