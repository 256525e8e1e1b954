import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { ecosystemsQueryKey } from './list-ecosystems';

export const deleteMembership = (id: string) => apiSend('DELETE', `/api/memberships/${encodeURIComponent(id)}`);

export function useDeleteMembership() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteMembership, onSuccess: () => queryClient.invalidateQueries({ queryKey: ecosystemsQueryKey }) });
}
