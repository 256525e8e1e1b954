import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { createInvestorRequestInput } from '../../../../shared/contracts/investor-requests';
import { apiRequest } from '../../../lib/api-client';

export type InvestorRequestDraft = z.input<typeof createInvestorRequestInput>;

export const createInvestorRequest = (input: InvestorRequestDraft) => apiRequest('POST', '/api/investor-requests', z.object({ id: z.uuid() }), input);

export function useCreateInvestorRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createInvestorRequest, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investor-requests'] }) });
}
