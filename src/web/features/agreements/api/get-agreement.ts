import { useQuery } from '@tanstack/react-query';
import type { agreement } from '../../../../shared/contracts/agreements';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getAgreement = (id: string) => apiGet<AnswerOf<typeof agreement>>(`/api/agreements/${encodeURIComponent(id)}`);

export function useAgreement(id: string) {
  return useQuery({ queryKey: ['agreements', 'detail', id], queryFn: () => getAgreement(id) });
}
