import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createdApiToken, createApiTokenInput } from '../../../../shared/contracts/auth';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { apiTokensQueryKey } from './list-api-tokens';

export const createApiToken = (input: z.infer<typeof createApiTokenInput>) =>
  apiRequest<AnswerOf<typeof createdApiToken>>('POST', '/api/auth/tokens', input);

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createApiToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }) });
}
