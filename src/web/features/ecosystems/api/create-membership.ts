import { useMutation, useQueryClient } from '@tanstack/react-query';
import { membership, type CreateMembershipInput } from '../../../../shared/contracts/ecosystems';
import { apiRequest } from '../../../lib/api-client';
import { ecosystemsQueryKey } from './list-ecosystems';

export const createMembership = ({ ecosystemId, input }: { ecosystemId: string; input: CreateMembershipInput }) =>
  apiRequest('POST', `/api/ecosystems/${encodeURIComponent(ecosystemId)}/memberships`, membership, input);

export function useCreateMembership() {
  const queryClient = useQueryClient();
  // The figures, the table and the counts in the list all change with one entry.
  return useMutation({ mutationFn: createMembership, onSuccess: () => queryClient.invalidateQueries({ queryKey: ecosystemsQueryKey }) });
}
