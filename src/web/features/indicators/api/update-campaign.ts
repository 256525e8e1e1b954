import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { reportingCampaign, UpdateReportingCampaignInput } from '../../../../shared/contracts/indicators';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const updateCampaign = (id: string, input: UpdateReportingCampaignInput) =>
  apiRequest<AnswerOf<typeof reportingCampaign>>('PATCH', `/api/reporting/campaigns/${encodeURIComponent(id)}`, input);

/** Closes, reopens or moves the due date; every indicators view (reminders, completion) follows. */
export function useUpdateCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateReportingCampaignInput) => updateCampaign(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }),
  });
}
