import { useQuery } from '@tanstack/react-query';
import { reportingCampaignDetail } from '../../../../shared/contracts/indicators';
import { apiGet } from '../../../lib/api-client';

export const getCampaign = (id: string) => apiGet(`/api/reporting/campaigns/${encodeURIComponent(id)}`, reportingCampaignDetail);

export function useCampaign(id: string) {
  return useQuery({ queryKey: ['indicators', 'campaign', id], queryFn: () => getCampaign(id) });
}
