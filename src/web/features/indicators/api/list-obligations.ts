import { useQuery } from '@tanstack/react-query';
import type { obligationList } from '../../../../shared/contracts/indicators';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const listObligations = () => apiGet<AnswerOf<typeof obligationList>>('/api/reporting/obligations');

export function useObligations() {
  return useQuery({ queryKey: ['indicators', 'obligations'], queryFn: listObligations });
}
