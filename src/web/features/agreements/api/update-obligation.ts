import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { obligationList, UpdateObligationInput } from '../../../../shared/contracts/agreements';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const updateObligation = (agreementId: string, obligationId: string, input: UpdateObligationInput) =>
  apiRequest<AnswerOf<typeof obligationList>>('PATCH', `/api/agreements/${encodeURIComponent(agreementId)}/obligations/${encodeURIComponent(obligationId)}`, input);

export function useUpdateObligation(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ obligationId, input }: { obligationId: string; input: UpdateObligationInput }) => updateObligation(agreementId, obligationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }),
  });
}
