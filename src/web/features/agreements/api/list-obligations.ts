import { useQuery } from '@tanstack/react-query';
import type { obligationList } from '../../../../shared/contracts/agreements';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const obligationsQueryKey = (agreementId: string) => ['agreements', 'obligations', agreementId] as const;

export const listObligations = (agreementId: string) => apiGet<AnswerOf<typeof obligationList>>(`/api/agreements/${encodeURIComponent(agreementId)}/obligations`);

/** Signed-in readers only: anonymous visitors read an agreement's published summary, not its roadmap. */
export function useObligations(agreementId: string, enabled = true) {
  return useQuery({ queryKey: obligationsQueryKey(agreementId), queryFn: () => listObligations(agreementId), enabled });
}
