import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taxonomyDirection, type UpdateDirectionInput } from '../../../../shared/contracts/taxonomy';
import { apiRequest } from '../../../lib/api-client';
import { taxonomyQueryKey } from './list-taxonomy';

export const updateDirection = ({ id, input }: { id: string; input: UpdateDirectionInput }) =>
  apiRequest('PATCH', `/api/taxonomy/${encodeURIComponent(id)}`, taxonomyDirection, input);

export function useUpdateDirection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateDirection, onSuccess: () => queryClient.invalidateQueries({ queryKey: taxonomyQueryKey }) });
}
