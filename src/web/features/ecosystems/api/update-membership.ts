import { useMutation, useQueryClient } from '@tanstack/react-query';
import { membership, type UpdateMembershipInput } from '../../../../shared/contracts/ecosystems';
import { apiRequest } from '../../../lib/api-client';
import { ecosystemsQueryKey } from './list-ecosystems';

export const updateMembership = ({ id, input }: { id: string; input: UpdateMembershipInput }) =>
  apiRequest('PATCH', `/api/memberships/${encodeURIComponent(id)}`, membership, input);

export function useUpdateMembership() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMembership, onSuccess: () => queryClient.invalidateQueries({ queryKey: ecosystemsQueryKey }) });
}
