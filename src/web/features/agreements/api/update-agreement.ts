import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { agreement, type updateAgreementInput } from '../../../../shared/contracts/agreements';
import { apiRequest } from '../../../lib/api-client';

export const updateAgreement = (id: string, input: z.input<typeof updateAgreementInput>) => apiRequest('PATCH', `/api/agreements/${encodeURIComponent(id)}`, agreement, input);

export function useUpdateAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: z.input<typeof updateAgreementInput>) => updateAgreement(id, input), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agreements'] }) });
}
