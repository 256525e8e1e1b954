import { useQuery } from '@tanstack/react-query';
import { obligationList } from '../../../../shared/contracts/agreements';
import { apiGet } from '../../../lib/api-client';

export const obligationsQueryKey = (agreementId: string) => ['agreements', 'obligations', agreementId] as const;

export const listObligations = (agreementId: string) => apiGet(`/api/agreements/${encodeURIComponent(agreementId)}/obligations`, obligationList);

/** Signed-in readers only: anonymous visitors read an agreement's published summary, not its roadmap. */
export function useObligations(agreementId: string, enabled = true) {
  return useQuery({ queryKey: obligationsQueryKey(agreementId), queryFn: () => listObligations(agreementId), enabled });
}
