import { useMutation, useQueryClient } from '@tanstack/react-query';
import { infrastructureObject, type CreateInfrastructureInput, type UpdateInfrastructureInput } from '../../../../shared/contracts/infrastructure';
import { apiRequest } from '../../../lib/api-client';

export const createInfrastructure = (input: CreateInfrastructureInput) => apiRequest('POST', '/api/infrastructure', infrastructureObject, input);
export const updateInfrastructure = (id: string, input: UpdateInfrastructureInput) => apiRequest('PATCH', `/api/infrastructure/${encodeURIComponent(id)}`, infrastructureObject, input);

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
