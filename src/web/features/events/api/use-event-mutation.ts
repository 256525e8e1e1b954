import { useMutation, useQueryClient } from '@tanstack/react-query';

/** A change to a part of an event: afterwards the event and its brokerage session are read again, both pages show the parts. */
export function useEventMutation<Input, Output>(eventId: string, call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: ['events', 'detail', eventId] }),
      queryClient.invalidateQueries({ queryKey: ['events', 'brokerage', eventId] }),
    ]),
  });
}

export const eventPath = (eventId: string, rest = '') => `/api/events/${encodeURIComponent(eventId)}${rest}`;
