import { useQuery } from '@tanstack/react-query';
import { ecosystemList } from '../../../../shared/contracts/ecosystems';
import { apiGet } from '../../../lib/api-client';

export const listEcosystems = () => apiGet('/api/ecosystems', ecosystemList);

export function useEcosystems() {
  return useQuery({ queryKey: ['infrastructure', 'ecosystems'], queryFn: listEcosystems, staleTime: 5 * 60_000 });
}
