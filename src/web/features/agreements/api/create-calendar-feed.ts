import { useMutation } from '@tanstack/react-query';
import { calendarFeed } from '../../../../shared/contracts/agreements';
import { apiRequest } from '../../../lib/api-client';

export const createCalendarFeed = (agreementId: string | null) => apiRequest('POST', '/api/calendar-feeds', calendarFeed, { agreementId });

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}
