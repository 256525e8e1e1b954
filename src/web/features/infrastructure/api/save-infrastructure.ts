import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { infrastructureObject, CreateInfrastructureInput, UpdateInfrastructureInput } from '../../../../shared/contracts/infrastructure';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';

export const createInfrastructure = (input: CreateInfrastructureInput) => apiRequest<AnswerOf<typeof infrastructureObject>>('POST', '/api/infrastructure', input);
export const updateInfrastructure = (id: string, input: UpdateInfrastructureInput) => apiRequest<AnswerOf<typeof infrastructureObject>>('PATCH', `/api/infrastructure/${encodeURIComponent(id)}`, input);

/** Creates when there is no id yet, edits otherwise; either way the lists and the object are read again. */
export function useSaveInfrastructure(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInfrastructureInput) => {
      const { ecosystemId: _ecosystemId, ...fields } = input;
      return id ? updateInfrastructure(id, fields) : createInfrastructure(input);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['infrastructure'] }),
  });
}
