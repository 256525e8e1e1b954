import { useQuery } from '@tanstack/react-query';
import type { deadlinesResponse } from '../../../../shared/contracts/agreements';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export const listDeadlines = (days = 30) => apiGet<AnswerOf<typeof deadlinesResponse>>(withQuery('/api/obligations/deadlines', { days, limit: 10 }));

export function useDeadlines() {
  return useQuery({ queryKey: ['agreements', 'deadlines'], queryFn: () => listDeadlines() });
}
