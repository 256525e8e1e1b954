import { useQuery } from '@tanstack/react-query';
import { directionList } from '../../../../shared/contracts/registry';
import { apiGet } from '../../../lib/api-client';

export const listDirections = () => apiGet('/api/directions', directionList);

export function useDirections() {
  return useQuery({ queryKey: ['directions'], queryFn: listDirections, staleTime: 5 * 60_000 });
}
