import { useQuery } from '@tanstack/react-query';
import { ecosystemDetail } from '../../../../shared/contracts/ecosystems';
import { apiGet } from '../../../lib/api-client';

export const getEcosystem = (id: string) => apiGet(`/api/ecosystems/${encodeURIComponent(id)}`, ecosystemDetail);

export function useEcosystem(id: string) {
  return useQuery({ queryKey: ['ecosystems', 'detail', id], queryFn: () => getEcosystem(id) });
}
