import { useMutation, useQueryClient } from '@tanstack/react-query';
import { obligationList, type UpdateObligationInput } from '../../../../shared/contracts/agreements';
import { apiRequest } from '../../../lib/api-client';

export const updateObligation = (agreementId: string, obligationId: string, input: UpdateObligationInput) =>
  apiRequest('PATCH', `/api/agreements/${encodeURIComponent(agreementId)}/obligations/${encodeURIComponent(obligationId)}`, obligationList, input);

export function useUpdateObligation(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ obligationId, input }: { obligationId: string; input: UpdateObligationInput }) => updateObligation(agreementId, obligationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }),
  });
}
