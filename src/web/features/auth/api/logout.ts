import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, resetCsrfToken } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/query-client';

export const logout = () => apiSend('POST', '/api/auth/logout');

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      resetCsrfToken();
      queryClient.clear();
      queryClient.setQueryData(currentUserQueryKey, { user: null });
    },
  });
}
