import { useQuery } from '@tanstack/react-query';
import { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet } from '../../../lib/api-client';

export const listEcosystems = () => apiGet('/api/ecosystems', ecosystemList);

/** The ecosystems, for a park manager's choice of organizer among the ones they manage. */
export function useEcosystems(enabled: boolean) {
  return useQuery({ queryKey: ['events', 'ecosystems'], queryFn: listEcosystems, staleTime: 5 * 60_000, enabled });
}
