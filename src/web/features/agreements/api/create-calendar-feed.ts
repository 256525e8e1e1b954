import { useMutation } from '@tanstack/react-query';
import type { calendarFeed } from '../../../../shared/contracts/agreements';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const createCalendarFeed = (agreementId: string | null) => apiRequest<AnswerOf<typeof calendarFeed>>('POST', '/api/calendar-feeds', { agreementId });

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}
