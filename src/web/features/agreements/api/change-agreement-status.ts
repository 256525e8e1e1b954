import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { agreement, ChangeAgreementStatusInput } from '../../../../shared/contracts/agreements';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const changeAgreementStatus = (id: string, input: ChangeAgreementStatusInput) =>
  apiRequest<AnswerOf<typeof agreement>>('POST', `/api/agreements/${encodeURIComponent(id)}/status`, input);

export function useChangeAgreementStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: ChangeAgreementStatusInput) => changeAgreementStatus(id, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
