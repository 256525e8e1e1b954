import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scheduleResult } from '../../../../shared/contracts/events';
import { apiRequest } from '../../../lib/api-client';

export const runScheduler = (eventId: string) => apiRequest('POST', `/api/events/${encodeURIComponent(eventId)}/brokerage/schedule`, scheduleResult);

export function useRunScheduler(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => runScheduler(eventId), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events'] }) });
}
