import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { organization } from '../../../../shared/contracts/registry';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

/** Moves every link of `id` to `intoId` and deletes `id`; answers the kept organization. */
export const mergeOrganization = ({ id, intoId }: { id: string; intoId: string }) =>
  apiRequest<AnswerOf<typeof organization>>('POST', `/api/organizations/${encodeURIComponent(id)}/merge`, { intoId });

/**
 * The merge, and `refreshAfterMerge` to call once the page has left the merged organization:
 * refreshing while its page is still open would ask for a deleted record and show "not found".
 */
export function useMergeOrganization() {
  const queryClient = useQueryClient();
  const mutation = useMutation({ mutationFn: mergeOrganization });
  const refreshAfterMerge = () => queryClient.invalidateQueries({ queryKey: ['organizations'] });
  return { mutation, refreshAfterMerge };
}
