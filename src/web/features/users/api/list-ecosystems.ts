import { useQuery } from '@tanstack/react-query';
import { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet } from '../../../lib/api-client';

// The same call as in organizations, kept here because features do not import each other.
export const listEcosystems = () => apiGet('/api/ecosystems', ecosystemList);

export function useEcosystems() {
  return useQuery({ queryKey: ['ecosystems'], queryFn: listEcosystems, staleTime: 5 * 60_000 });
}
