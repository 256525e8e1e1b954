import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { user, type createUserInput } from '../../../../shared/contracts/users';
import { apiRequest } from '../../../lib/api-client';
import { usersQueryKey } from './list-users';

export const createUser = (input: z.input<typeof createUserInput>) => apiRequest('POST', '/api/users', user, input);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }) });
}
