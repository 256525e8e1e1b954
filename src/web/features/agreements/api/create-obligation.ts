import { useMutation, useQueryClient } from '@tanstack/react-query';
import { obligationList, type ObligationInput } from '../../../../shared/contracts/agreements';
import { apiRequest } from '../../../lib/api-client';

export const createObligation = (agreementId: string, input: ObligationInput) =>
  apiRequest('POST', `/api/agreements/${encodeURIComponent(agreementId)}/obligations`, obligationList, input);

export function useCreateObligation(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: ObligationInput) => createObligation(agreementId, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
