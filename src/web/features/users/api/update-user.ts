import { useMutation, useQueryClient } from '@tanstack/react-query';
import { user, type UpdateUserInput } from '../../../../shared/contracts/users';
import { apiRequest } from '../../../lib/api-client';
import { usersQueryKey } from './list-users';

export const updateUser = ({ id, input }: { id: string; input: UpdateUserInput }) =>
  apiRequest('PATCH', `/api/users/${encodeURIComponent(id)}`, user, input);

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }) });
}
