import { useQuery } from '@tanstack/react-query';
import type { occupancy } from '../../../../shared/contracts/infrastructure';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export const getOccupancy = (ecosystemId: string) => apiGet<AnswerOf<typeof occupancy>>(withQuery('/api/infrastructure/occupancy', { ecosystemId, months: 24 }));

export function useOccupancy(ecosystemId: string | null) {
  return useQuery({ queryKey: ['infrastructure', 'occupancy', ecosystemId], queryFn: () => getOccupancy(ecosystemId!), enabled: Boolean(ecosystemId) });
}
