import { useQuery } from '@tanstack/react-query';
import type { directionList } from '../../../../shared/contracts/registry';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const listDirections = () => apiGet<AnswerOf<typeof directionList>>('/api/directions');

/** The taxonomy changes with releases, not during a visit. */
export function useDirections() {
  return useQuery({ queryKey: ['directions'], queryFn: listDirections, staleTime: 30 * 60_000 });
}
