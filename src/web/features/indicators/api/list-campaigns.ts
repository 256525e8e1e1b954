import { useQuery } from '@tanstack/react-query';
import { campaignList } from '../../../../shared/contracts/indicators';
import { apiGet } from '../../../lib/api-client';

export const listCampaigns = () => apiGet('/api/reporting/campaigns', campaignList);

export function useCampaigns(enabled: boolean) {
  return useQuery({ queryKey: ['indicators', 'campaigns'], queryFn: listCampaigns, enabled });
}
