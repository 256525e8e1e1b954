import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createOrganizationInput } from '../../../../shared/contracts/organization-input';
import { organization } from '../../../../shared/contracts/registry';
import { apiRequest } from '../../../lib/api-client';

export const createOrganization = (input: z.input<typeof createOrganizationInput>) => apiRequest('POST', '/api/organizations', organization, input);

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createOrganization, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations'] }) });
}
