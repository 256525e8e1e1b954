import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { calendarFeedList } from '../../../../shared/contracts/agreements';
import { apiGet, apiSend, type AnswerOf } from '../../../lib/api-client';

const key = ['calendar-feeds'] as const;

export const listCalendarFeeds = () => apiGet<AnswerOf<typeof calendarFeedList>>('/api/calendar-feeds');

export function useCalendarFeeds(enabled: boolean) {
  return useQuery({ queryKey: key, queryFn: listCalendarFeeds, enabled });
}

export const revokeCalendarFeed = (id: string) => apiSend('DELETE', `/api/calendar-feeds/${encodeURIComponent(id)}`);

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeCalendarFeed, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}
