import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { eventPage, type ListEventsQuery } from '../../../../shared/contracts/events';
import { apiGet, withQuery } from '../../../lib/api-client';

export type EventsFilter = Partial<Pick<ListEventsQuery, 'from' | 'to' | 'kind'>>;

export const listEvents = (filter: EventsFilter) => apiGet(withQuery('/api/events', { ...filter, pageSize: 200 }), eventPage);

export function useEvents(filter: EventsFilter) {
  return useQuery({ queryKey: ['events', 'list', filter], queryFn: () => listEvents(filter), placeholderData: keepPreviousData });
}
