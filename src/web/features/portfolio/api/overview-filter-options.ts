import { useQuery } from '@tanstack/react-query';
import type { ecosystemList } from '../../../../shared/contracts/ecosystems';
import type { directionList } from '../../../../shared/contracts/registry';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

/** The top-level directions, the choices of the overview's direction filter; the taxonomy changes with releases. */
export function useDirectionOptions() {
  return useQuery({ queryKey: ['directions'], queryFn: () => apiGet<AnswerOf<typeof directionList>>('/api/directions'), staleTime: 30 * 60_000 });
}

export function useEcosystemOptions() {
  return useQuery({ queryKey: ['ecosystems'], queryFn: () => apiGet<AnswerOf<typeof ecosystemList>>('/api/ecosystems'), staleTime: 5 * 60_000 });
}
