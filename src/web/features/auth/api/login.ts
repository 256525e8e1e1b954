import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { currentUser, LoginInput } from '../../../../shared/contracts/auth';
import { apiRequest, resetCsrfToken, type AnswerOf } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

export const login = (input: LoginInput) => apiRequest<AnswerOf<typeof currentUser>>('POST', '/api/auth/login', input);

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
