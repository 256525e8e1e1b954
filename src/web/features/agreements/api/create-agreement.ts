import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { agreement, type createAgreementInput } from '../../../../shared/contracts/agreements';
import { apiRequest } from '../../../lib/api-client';

export const createAgreement = (input: z.input<typeof createAgreementInput>) => apiRequest('POST', '/api/agreements', agreement, input);

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createAgreement, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
