import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { scheduleResult } from '../../../../shared/contracts/events';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const runScheduler = (eventId: string) => apiRequest<AnswerOf<typeof scheduleResult>>('POST', `/api/events/${encodeURIComponent(eventId)}/brokerage/schedule`);

export function useRunScheduler(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => runScheduler(eventId), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events'] }) });
}
