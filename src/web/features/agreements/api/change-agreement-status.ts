import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreement, type ChangeAgreementStatusInput } from '../../../../shared/contracts/agreements';
import { apiRequest } from '../../../lib/api-client';

export const changeAgreementStatus = (id: string, input: ChangeAgreementStatusInput) =>
  apiRequest('POST', `/api/agreements/${encodeURIComponent(id)}/status`, agreement, input);

export function useChangeAgreementStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: ChangeAgreementStatusInput) => changeAgreementStatus(id, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
