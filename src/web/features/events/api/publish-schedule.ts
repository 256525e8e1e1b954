import { useMutation, useQueryClient } from '@tanstack/react-query';
import { brokerageView } from '../../../../shared/contracts/events';
import { apiRequest } from '../../../lib/api-client';

export const publishSchedule = (eventId: string) => apiRequest('POST', `/api/events/${encodeURIComponent(eventId)}/brokerage/publish`, brokerageView);

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
