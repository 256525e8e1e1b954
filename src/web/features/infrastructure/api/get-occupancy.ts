import { useQuery } from '@tanstack/react-query';
import { occupancy } from '../../../../shared/contracts/infrastructure';
import { apiGet, withQuery } from '../../../lib/api-client';

export const getOccupancy = (ecosystemId: string) => apiGet(withQuery('/api/infrastructure/occupancy', { ecosystemId, months: 24 }), occupancy);

export function useOccupancy(ecosystemId: string | null) {
  return useQuery({ queryKey: ['infrastructure', 'occupancy', ecosystemId], queryFn: () => getOccupancy(ecosystemId!), enabled: Boolean(ecosystemId) });
}
