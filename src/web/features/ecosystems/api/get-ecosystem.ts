import { useQuery } from '@tanstack/react-query';
import type { ecosystemDetail } from '../../../../shared/contracts/ecosystems';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getEcosystem = (id: string) => apiGet<AnswerOf<typeof ecosystemDetail>>(`/api/ecosystems/${encodeURIComponent(id)}`);

export function useEcosystem(id: string) {
  return useQuery({ queryKey: ['ecosystems', 'detail', id], queryFn: () => getEcosystem(id) });
}
