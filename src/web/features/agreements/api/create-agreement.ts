import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agreement, createAgreementInput } from '../../../../shared/contracts/agreements';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const createAgreement = (input: z.input<typeof createAgreementInput>) => apiRequest<AnswerOf<typeof agreement>>('POST', '/api/agreements', input);

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createAgreement, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
