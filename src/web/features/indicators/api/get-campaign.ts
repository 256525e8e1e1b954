import { useQuery } from '@tanstack/react-query';
import type { reportingCampaignDetail } from '../../../../shared/contracts/indicators';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const getCampaign = (id: string) => apiGet<AnswerOf<typeof reportingCampaignDetail>>(`/api/reporting/campaigns/${encodeURIComponent(id)}`);

export function useCampaign(id: string) {
  return useQuery({ queryKey: ['indicators', 'campaign', id], queryFn: () => getCampaign(id) });
}
