import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { eventPage, ListEventsQuery } from '../../../../shared/contracts/events';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type EventsFilter = Partial<Pick<ListEventsQuery, 'from' | 'to' | 'kind'>>;

export const listEvents = (filter: EventsFilter) => apiGet<AnswerOf<typeof eventPage>>(withQuery('/api/events', { ...filter, pageSize: 200 }));

export function useEvents(filter: EventsFilter) {
  return useQuery({ queryKey: ['events', 'list', filter], queryFn: () => listEvents(filter), placeholderData: keepPreviousData });
}
