import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export type MeetingRequestInput = { requesterId: string; requestedId: string; message?: string };

export const requestMeeting = (eventId: string, input: MeetingRequestInput) =>
  apiRequest('POST', `/api/events/${encodeURIComponent(eventId)}/meeting-requests`, z.object({ id: z.uuid() }), input);

export function useRequestMeeting(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: MeetingRequestInput) => requestMeeting(eventId, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', 'brokerage', eventId] }) });
}
