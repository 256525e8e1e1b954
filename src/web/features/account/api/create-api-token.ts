import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { createdApiToken, type createApiTokenInput } from '../../../../shared/contracts/auth';
import { apiRequest } from '../../../lib/api-client';
import { apiTokensQueryKey } from './list-api-tokens';

export const createApiToken = (input: z.infer<typeof createApiTokenInput>) =>
  apiRequest('POST', '/api/auth/tokens', createdApiToken, input);

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createApiToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }) });
}
