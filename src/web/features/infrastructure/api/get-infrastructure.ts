import { useQuery } from '@tanstack/react-query';
import { infrastructureObject } from '../../../../shared/contracts/infrastructure';
import { apiGet } from '../../../lib/api-client';

export const getInfrastructure = (id: string) => apiGet(`/api/infrastructure/${encodeURIComponent(id)}`, infrastructureObject);

export function useInfrastructureObject(id: string) {
  return useQuery({ queryKey: ['infrastructure', 'object', id], queryFn: () => getInfrastructure(id) });
}
