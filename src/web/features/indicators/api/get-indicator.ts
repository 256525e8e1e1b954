import { useQuery } from '@tanstack/react-query';
import { indicatorDetail } from '../../../../shared/contracts/indicators';
import { apiGet } from '../../../lib/api-client';

export const indicatorQueryKey = (id: string) => ['indicators', 'detail', id] as const;

export const getIndicator = (id: string) => apiGet(`/api/indicators/${encodeURIComponent(id)}`, indicatorDetail);

export function useIndicator(id: string) {
  return useQuery({ queryKey: indicatorQueryKey(id), queryFn: () => getIndicator(id) });
}
