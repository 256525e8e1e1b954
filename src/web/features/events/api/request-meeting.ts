import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type MeetingRequestInput = { requesterId: string; requestedId: string; message?: string };

export const requestMeeting = (eventId: string, input: MeetingRequestInput) =>
  apiRequest<{ id: string }>('POST', `/api/events/${encodeURIComponent(eventId)}/meeting-requests`, input);

export function useRequestMeeting(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: MeetingRequestInput) => requestMeeting(eventId, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', 'brokerage', eventId] }) });
}
