import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { obligationList, ObligationInput } from '../../../../shared/contracts/agreements';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const createObligation = (agreementId: string, input: ObligationInput) =>
  apiRequest<AnswerOf<typeof obligationList>>('POST', `/api/agreements/${encodeURIComponent(agreementId)}/obligations`, input);

export function useCreateObligation(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: ObligationInput) => createObligation(agreementId, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
