import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { user, UpdateUserInput } from '../../../../shared/contracts/users';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { usersQueryKey } from './list-users';

export const updateUser = ({ id, input }: { id: string; input: UpdateUserInput }) =>
  apiRequest<AnswerOf<typeof user>>('PATCH', `/api/users/${encodeURIComponent(id)}`, input);

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }) });
}
