import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organization } from '../../../../shared/contracts/registry';
import { apiRequest } from '../../../lib/api-client';

/** Moves every link of `id` to `intoId` and deletes `id`; answers the kept organization. */
export const mergeOrganization = ({ id, intoId }: { id: string; intoId: string }) =>
  apiRequest('POST', `/api/organizations/${encodeURIComponent(id)}/merge`, organization, { intoId });

export function useMergeOrganization() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: mergeOrganization, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations'] }) });
}
