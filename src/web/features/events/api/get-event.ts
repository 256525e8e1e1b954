import { useQuery } from '@tanstack/react-query';
import type { eventDetails } from '../../../../shared/contracts/events';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getEvent = (id: string) => apiGet<AnswerOf<typeof eventDetails>>(`/api/events/${encodeURIComponent(id)}`);

export function useEvent(id: string) {
  return useQuery({ queryKey: ['events', 'detail', id], queryFn: () => getEvent(id) });
}
