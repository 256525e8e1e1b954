import { useQuery } from '@tanstack/react-query';
import { agreement } from '../../../../shared/contracts/agreements';
import { apiGet } from '../../../lib/api-client';

export const getAgreement = (id: string) => apiGet(`/api/agreements/${encodeURIComponent(id)}`, agreement);

export function useAgreement(id: string) {
  return useQuery({ queryKey: ['agreements', 'detail', id], queryFn: () => getAgreement(id) });
}
