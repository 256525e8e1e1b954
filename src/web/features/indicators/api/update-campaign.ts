import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reportingCampaign, type UpdateReportingCampaignInput } from '../../../../shared/contracts/indicators';
import { apiRequest } from '../../../lib/api-client';

export const updateCampaign = (id: string, input: UpdateReportingCampaignInput) =>
  apiRequest('PATCH', `/api/reporting/campaigns/${encodeURIComponent(id)}`, reportingCampaign, input);

/** Closes, reopens or moves the due date; every indicators view (reminders, completion) follows. */
export function useUpdateCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateReportingCampaignInput) => updateCampaign(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }),
  });
}
