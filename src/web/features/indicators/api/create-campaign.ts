import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { reportingCampaign, reportingCampaignInput } from '../../../../shared/contracts/indicators';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export type CampaignValues = z.input<typeof reportingCampaignInput>;

export const createCampaign = (input: CampaignValues) => apiRequest<AnswerOf<typeof reportingCampaign>>('POST', '/api/reporting/campaigns', input);

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCampaign, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }) });
}
