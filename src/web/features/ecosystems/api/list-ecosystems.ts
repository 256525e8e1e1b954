import { useQuery } from '@tanstack/react-query';
import type { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const ecosystemsQueryKey = ['ecosystems'] as const;

export const listEcosystems = () => apiGet<AnswerOf<typeof ecosystemList>>('/api/ecosystems');

export function useEcosystems() {
  return useQuery({ queryKey: ecosystemsQueryKey, queryFn: listEcosystems, staleTime: 5 * 60_000 });
}
