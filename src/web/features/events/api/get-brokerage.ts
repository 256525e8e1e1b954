import { useQuery } from '@tanstack/react-query';
import type { brokerageView } from '../../../../shared/contracts/events';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getBrokerage = (eventId: string) => apiGet<AnswerOf<typeof brokerageView>>(`/api/events/${encodeURIComponent(eventId)}/brokerage`);

export function useBrokerage(eventId: string) {
  return useQuery({ queryKey: ['events', 'brokerage', eventId], queryFn: () => getBrokerage(eventId) });
}
