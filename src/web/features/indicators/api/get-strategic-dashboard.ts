import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { strategicDashboard, type StrategicDashboardQuery } from '../../../../shared/contracts/indicators';
import { apiGet, withQuery } from '../../../lib/api-client';

export const getStrategicDashboard = (query: StrategicDashboardQuery) => apiGet(withQuery('/api/indicators/strategic', query), strategicDashboard);

/** The XLSX file of the same view, downloaded by the browser. */
export const strategicExportUrl = (query: StrategicDashboardQuery) => withQuery('/api/indicators/strategic/export', query);

export function useStrategicDashboard(query: StrategicDashboardQuery) {
  return useQuery({ queryKey: ['indicators', 'strategic', query], queryFn: () => getStrategicDashboard(query), placeholderData: keepPreviousData });
}
