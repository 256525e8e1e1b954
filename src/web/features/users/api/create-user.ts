import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { user, createUserInput } from '../../../../shared/contracts/users';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { usersQueryKey } from './list-users';

export const createUser = (input: z.input<typeof createUserInput>) => apiRequest<AnswerOf<typeof user>>('POST', '/api/users', input);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }) });
}
