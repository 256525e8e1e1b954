import { useQuery } from '@tanstack/react-query';
import type { ecosystemDetail } from '../../../../shared/contracts/ecosystems';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getCatalogEcosystem = (id: string) => apiGet<AnswerOf<typeof ecosystemDetail>>(`/api/ecosystems/${encodeURIComponent(id)}`);

export function useCatalogEcosystem(id: string) {
  return useQuery({ queryKey: ['catalog', 'ecosystem', id], queryFn: () => getCatalogEcosystem(id) });
}
