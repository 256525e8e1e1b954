import { useQuery } from '@tanstack/react-query';
import type { infrastructureObject } from '../../../../shared/contracts/infrastructure';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getInfrastructure = (id: string) => apiGet<AnswerOf<typeof infrastructureObject>>(`/api/infrastructure/${encodeURIComponent(id)}`);

export function useInfrastructureObject(id: string) {
  return useQuery({ queryKey: ['infrastructure', 'object', id], queryFn: () => getInfrastructure(id) });
}
