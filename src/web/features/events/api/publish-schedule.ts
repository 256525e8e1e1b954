import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { brokerageView } from '../../../../shared/contracts/events';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const publishSchedule = (eventId: string) => apiRequest<AnswerOf<typeof brokerageView>>('POST', `/api/events/${encodeURIComponent(eventId)}/brokerage/publish`);

export function usePublishSchedule(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishSchedule(eventId),
    onSuccess: async (view) => {
      queryClient.setQueryData(['events', 'brokerage', eventId], view);
      // Personal schedules show meetings once published: read them again.
      await queryClient.invalidateQueries({ queryKey: ['events', 'brokerage', eventId, 'schedule'] });
    },
  });
}
