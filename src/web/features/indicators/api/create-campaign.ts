import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { reportingCampaign, type reportingCampaignInput } from '../../../../shared/contracts/indicators';
import { apiRequest } from '../../../lib/api-client';

export type CampaignValues = z.input<typeof reportingCampaignInput>;

export const createCampaign = (input: CampaignValues) => apiRequest('POST', '/api/reporting/campaigns', reportingCampaign, input);

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCampaign, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }) });
}
