import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { strategicDashboard, StrategicDashboardQuery } from '../../../../shared/contracts/indicators';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export const getStrategicDashboard = (query: StrategicDashboardQuery) => apiGet<AnswerOf<typeof strategicDashboard>>(withQuery('/api/indicators/strategic', query));

/** The XLSX file of the same view, downloaded by the browser. */
export const strategicExportUrl = (query: StrategicDashboardQuery) => withQuery('/api/indicators/strategic/export', query);

export function useStrategicDashboard(query: StrategicDashboardQuery) {
  return useQuery({ queryKey: ['indicators', 'strategic', query], queryFn: () => getStrategicDashboard(query), placeholderData: keepPreviousData });
}
