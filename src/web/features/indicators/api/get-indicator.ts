import { useQuery } from '@tanstack/react-query';
import type { indicatorDetail } from '../../../../shared/contracts/indicators';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const indicatorQueryKey = (id: string) => ['indicators', 'detail', id] as const;

export const getIndicator = (id: string) => apiGet<AnswerOf<typeof indicatorDetail>>(`/api/indicators/${encodeURIComponent(id)}`);

export function useIndicator(id: string) {
  return useQuery({ queryKey: indicatorQueryKey(id), queryFn: () => getIndicator(id) });
}
