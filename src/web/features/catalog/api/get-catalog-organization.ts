import { useQuery } from '@tanstack/react-query';
import type { organization } from '../../../../shared/contracts/registry';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getCatalogOrganization = (id: string) => apiGet<AnswerOf<typeof organization>>(`/api/organizations/${encodeURIComponent(id)}`);

export function useCatalogOrganization(id: string) {
  return useQuery({ queryKey: ['catalog', 'organization', id], queryFn: () => getCatalogOrganization(id) });
}
