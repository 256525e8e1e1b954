import { useQuery } from '@tanstack/react-query';
import type { campaignList } from '../../../../shared/contracts/indicators';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const listCampaigns = () => apiGet<AnswerOf<typeof campaignList>>('/api/reporting/campaigns');

export function useCampaigns(enabled: boolean) {
  return useQuery({ queryKey: ['indicators', 'campaigns'], queryFn: listCampaigns, enabled });
}
