import { useQuery } from '@tanstack/react-query';
import type { dashboardResponse } from '../../../../shared/contracts/dashboard';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getDashboard = () => apiGet<AnswerOf<typeof dashboardResponse>>('/api/dashboard');

export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: getDashboard });
}
