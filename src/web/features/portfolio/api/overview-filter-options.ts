import { useQuery } from '@tanstack/react-query';
import { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { directionList } from '../../../../shared/contracts/registry';
import { apiGet } from '../../../lib/api-client';

/** The top-level directions, the choices of the overview's direction filter; the taxonomy changes with releases. */
export function useDirectionOptions() {
  return useQuery({ queryKey: ['directions'], queryFn: () => apiGet('/api/directions', directionList), staleTime: 30 * 60_000 });
}

export function useEcosystemOptions() {
  return useQuery({ queryKey: ['ecosystems'], queryFn: () => apiGet('/api/ecosystems', ecosystemList), staleTime: 5 * 60_000 });
}
