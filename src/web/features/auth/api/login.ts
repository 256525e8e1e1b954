import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentUser, type LoginInput } from '../../../../shared/contracts/auth';
import { apiRequest, resetCsrfToken } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

export const login = (input: LoginInput) => apiRequest('POST', '/api/auth/login', currentUser, input);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // A new session may come with a new CSRF secret; data cached for nobody must not leak into it.
      resetCsrfToken();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      queryClient.setQueryData(currentUserQueryKey, { user });
    },
  });
}
