import { useQuery } from '@tanstack/react-query';
import { eventDetails } from '../../../../shared/contracts/events';
import { apiGet } from '../../../lib/api-client';

export const getEvent = (id: string) => apiGet(`/api/events/${encodeURIComponent(id)}`, eventDetails);

export function useEvent(id: string) {
  return useQuery({ queryKey: ['events', 'detail', id], queryFn: () => getEvent(id) });
}
