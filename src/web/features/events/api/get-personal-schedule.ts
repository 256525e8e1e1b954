import { useQuery } from '@tanstack/react-query';
import type { personalSchedule } from '../../../../shared/contracts/events';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const personalSchedulePath = (eventId: string, participantId: string) => `/api/events/${encodeURIComponent(eventId)}/participants/${encodeURIComponent(participantId)}/schedule`;

export const getPersonalSchedule = (eventId: string, participantId: string) => apiGet<AnswerOf<typeof personalSchedule>>(personalSchedulePath(eventId, participantId));

export function usePersonalSchedule(eventId: string, participantId: string | null) {
  return useQuery({
    queryKey: ['events', 'brokerage', eventId, 'schedule', participantId],
    queryFn: () => getPersonalSchedule(eventId, participantId!),
    enabled: participantId !== null,
  });
}
