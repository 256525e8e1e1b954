import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { membership, UpdateMembershipInput } from '../../../../shared/contracts/ecosystems';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { ecosystemsQueryKey } from './list-ecosystems';

export const updateMembership = ({ id, input }: { id: string; input: UpdateMembershipInput }) =>
  apiRequest<AnswerOf<typeof membership>>('PATCH', `/api/memberships/${encodeURIComponent(id)}`, input);

export function useUpdateMembership() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMembership, onSuccess: () => queryClient.invalidateQueries({ queryKey: ecosystemsQueryKey }) });
}
