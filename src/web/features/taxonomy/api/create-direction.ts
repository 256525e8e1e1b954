import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { taxonomyDirection, CreateDirectionInput } from '../../../../shared/contracts/taxonomy';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { taxonomyQueryKey } from './list-taxonomy';

export const createDirection = (input: CreateDirectionInput) => apiRequest<AnswerOf<typeof taxonomyDirection>>('POST', '/api/taxonomy', input);

export function useCreateDirection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDirection, onSuccess: () => queryClient.invalidateQueries({ queryKey: taxonomyQueryKey }) });
}
