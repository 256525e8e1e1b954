import { useQuery } from '@tanstack/react-query';
import { brokerageView } from '../../../../shared/contracts/events';
import { apiGet } from '../../../lib/api-client';

export const getBrokerage = (eventId: string) => apiGet(`/api/events/${encodeURIComponent(eventId)}/brokerage`, brokerageView);

export function useBrokerage(eventId: string) {
  return useQuery({ queryKey: ['events', 'brokerage', eventId], queryFn: () => getBrokerage(eventId) });
}
