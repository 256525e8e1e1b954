import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { membership, CreateMembershipInput } from '../../../../shared/contracts/ecosystems';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { ecosystemsQueryKey } from './list-ecosystems';

export const createMembership = ({ ecosystemId, input }: { ecosystemId: string; input: CreateMembershipInput }) =>
  apiRequest<AnswerOf<typeof membership>>('POST', `/api/ecosystems/${encodeURIComponent(ecosystemId)}/memberships`, input);

export function useCreateMembership() {
  const queryClient = useQueryClient();
  // The figures, the table and the counts in the list all change with one entry.
  return useMutation({ mutationFn: createMembership, onSuccess: () => queryClient.invalidateQueries({ queryKey: ecosystemsQueryKey }) });
}
