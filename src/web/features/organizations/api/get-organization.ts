import { useQuery } from '@tanstack/react-query';
import type { organization } from '../../../../shared/contracts/registry';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getOrganization = (id: string) => apiGet<AnswerOf<typeof organization>>(`/api/organizations/${encodeURIComponent(id)}`);

export function useOrganization(id: string) {
  return useQuery({ queryKey: ['organizations', 'detail', id], queryFn: () => getOrganization(id) });
}
