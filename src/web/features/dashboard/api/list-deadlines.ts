import { useQuery } from '@tanstack/react-query';
import { deadlinesResponse } from '../../../../shared/contracts/agreements';
import { apiGet, withQuery } from '../../../lib/api-client';

export const listDeadlines = (days = 30) => apiGet(withQuery('/api/obligations/deadlines', { days, limit: 10 }), deadlinesResponse);

export function useDeadlines() {
  return useQuery({ queryKey: ['agreements', 'deadlines'], queryFn: () => listDeadlines() });
}
