import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createOrganizationInput } from '../../../../shared/contracts/organization-input';
import type { organization } from '../../../../shared/contracts/registry';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const createOrganization = (input: z.input<typeof createOrganizationInput>) => apiRequest<AnswerOf<typeof organization>>('POST', '/api/organizations', input);

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createOrganization, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations'] }) });
}
