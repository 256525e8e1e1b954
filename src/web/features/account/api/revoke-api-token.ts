import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { apiTokensQueryKey } from './list-api-tokens';

export const revokeApiToken = (id: string) => apiSend('DELETE', `/api/auth/tokens/${encodeURIComponent(id)}`);

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeApiToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }) });
}
