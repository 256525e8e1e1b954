import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agreement, updateAgreementInput } from '../../../../shared/contracts/agreements';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const updateAgreement = (id: string, input: z.input<typeof updateAgreementInput>) => apiRequest<AnswerOf<typeof agreement>>('PATCH', `/api/agreements/${encodeURIComponent(id)}`, input);

export function useUpdateAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: z.input<typeof updateAgreementInput>) => updateAgreement(id, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
