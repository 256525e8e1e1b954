import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { brokerageView } from '../../../../shared/contracts/events';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const answerMeetingRequest = (eventId: string, requestId: string, accept: boolean) =>
  apiRequest<AnswerOf<typeof brokerageView>>('POST', `/api/events/${encodeURIComponent(eventId)}/meeting-requests/${encodeURIComponent(requestId)}/answer`, { accept });

export function useAnswerMeetingRequest(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, accept }: { requestId: string; accept: boolean }) => answerMeetingRequest(eventId, requestId, accept),
    onSuccess: (view) => queryClient.setQueryData(['events', 'brokerage', eventId], view),
  });
}
