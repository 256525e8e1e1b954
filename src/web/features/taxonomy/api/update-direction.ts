import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { taxonomyDirection, UpdateDirectionInput } from '../../../../shared/contracts/taxonomy';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { taxonomyQueryKey } from './list-taxonomy';

export const updateDirection = ({ id, input }: { id: string; input: UpdateDirectionInput }) =>
  apiRequest<AnswerOf<typeof taxonomyDirection>>('PATCH', `/api/taxonomy/${encodeURIComponent(id)}`, input);

export function useUpdateDirection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateDirection, onSuccess: () => queryClient.invalidateQueries({ queryKey: taxonomyQueryKey }) });
}
