import { useQuery } from '@tanstack/react-query';
import { obligationList } from '../../../../shared/contracts/agreements';
import { apiGet } from '../../../lib/api-client';

export const obligationsQueryKey = (agreementId: string) => ['agreements', 'obligations', agreementId] as const;

export const listObligations = (agreementId: string) => apiGet(`/api/agreements/${encodeURIComponent(agreementId)}/obligations`, obligationList);

export function useObligations(agreementId: string) {
  return useQuery({ queryKey: obligationsQueryKey(agreementId), queryFn: () => listObligations(agreementId) });
}
