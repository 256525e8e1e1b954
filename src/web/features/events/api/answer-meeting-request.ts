import { useMutation, useQueryClient } from '@tanstack/react-query';
import { brokerageView } from '../../../../shared/contracts/events';
import { apiRequest } from '../../../lib/api-client';

export const answerMeetingRequest = (eventId: string, requestId: string, accept: boolean) =>
  apiRequest('POST', `/api/events/${encodeURIComponent(eventId)}/meeting-requests/${encodeURIComponent(requestId)}/answer`, brokerageView, { accept });

export function useAnswerMeetingRequest(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, accept }: { requestId: string; accept: boolean }) => answerMeetingRequest(eventId, requestId, accept),
    onSuccess: (view) => queryClient.setQueryData(['events', 'brokerage', eventId], view),
  });
}
