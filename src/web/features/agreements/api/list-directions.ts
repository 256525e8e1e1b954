import { useQuery } from '@tanstack/react-query';
import type { directionList } from '../../../../shared/contracts/registry';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const listDirections = () => apiGet<AnswerOf<typeof directionList>>('/api/directions');

export function useDirections() {
  return useQuery({ queryKey: ['directions'], queryFn: listDirections, staleTime: 5 * 60_000 });
}
