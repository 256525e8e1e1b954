import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { taxonomyQueryKey } from './list-taxonomy';

export const deleteDirection = (id: string) => apiSend('DELETE', `/api/taxonomy/${encodeURIComponent(id)}`);

export function useDeleteDirection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteDirection, onSuccess: () => queryClient.invalidateQueries({ queryKey: taxonomyQueryKey }) });
}
