import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { eventDetails, CreateEventInput, UpdateEventInput } from '../../../../shared/contracts/events';
import { apiRequest, apiSend, type AnswerOf } from '../../../lib/api-client';

const path = (id: string) => `/api/events/${encodeURIComponent(id)}`;

export const createEvent = (input: CreateEventInput) => apiRequest<AnswerOf<typeof eventDetails>>('POST', '/api/events', input);
export const updateEvent = (id: string, input: UpdateEventInput) => apiRequest<AnswerOf<typeof eventDetails>>('PATCH', path(id), input);
export const deleteEvent = (id: string) => apiSend('DELETE', path(id));

/** Creates when there is no id yet, edits otherwise; the lists, the calendar and the event are read again. */
export function useSaveEvent(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEventInput) => {
      // Editing changes the event's own fields; participants and agenda have their own calls.
      const { participants: _participants, agenda: _agenda, ...fields } = input;
      return id ? updateEvent(id, fields) : createEvent(input);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(['events', 'detail', saved.id], saved);
      return queryClient.invalidateQueries({ queryKey: ['events', 'list'] });
    },
  });
}

export function useDeleteEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteEvent(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['events', 'detail', id] });
      return queryClient.invalidateQueries({ queryKey: ['events', 'list'] });
    },
  });
}
