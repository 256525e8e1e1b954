import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taxonomyDirection, type CreateDirectionInput } from '../../../../shared/contracts/taxonomy';
import { apiRequest } from '../../../lib/api-client';
import { taxonomyQueryKey } from './list-taxonomy';

export const createDirection = (input: CreateDirectionInput) => apiRequest('POST', '/api/taxonomy', taxonomyDirection, input);

export function useCreateDirection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDirection, onSuccess: () => queryClient.invalidateQueries({ queryKey: taxonomyQueryKey }) });
}
