import { useQuery } from '@tanstack/react-query';
import { dashboardResponse } from '../../../../shared/contracts/dashboard';
import { apiGet } from '../../../lib/api-client';

export const getDashboard = () => apiGet('/api/dashboard', dashboardResponse);

export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: getDashboard });
}
