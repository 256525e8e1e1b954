import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createdInvestorRequest, createInvestorRequestInput } from '../../../../shared/contracts/investor-requests';
import { apiRequest, apiSend, type AnswerOf } from '../../../lib/api-client';

export type InvestorRequestDraft = z.input<typeof createInvestorRequestInput>;

export const createInvestorRequest = (input: InvestorRequestDraft) => apiRequest<AnswerOf<typeof createdInvestorRequest>>('POST', '/api/investor-requests', input);

/** The sender's withdrawal of consent with their private token (no session needed). */
export const withdrawInvestorConsentByToken = (token: string) => apiSend('POST', '/api/investor-requests/consent-withdrawal', { token });

export function useCreateInvestorRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createInvestorRequest, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investor-requests'] }) });
}
