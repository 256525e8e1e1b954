import { useQuery } from '@tanstack/react-query';
import type { indicatorPage } from '../../../../shared/contracts/indicators';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

/** The region's strategic targets (e.g. creative-industries employment by 2030), public to everyone. */
export const listRegionalTargets = () => apiGet<AnswerOf<typeof indicatorPage>>(withQuery('/api/indicators', { level: 'regional', pageSize: 10 }));

export function useRegionalTargets() {
  return useQuery({ queryKey: ['catalog', 'regional-targets'], queryFn: listRegionalTargets, staleTime: 5 * 60_000 });
}
