import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { glossaryQueryKey } from './list-glossary';

export const deleteGlossaryTerm = (id: string) => apiSend('DELETE', `/api/partnering/glossary/terms/${encodeURIComponent(id)}`);

export function useDeleteGlossaryTerm() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteGlossaryTerm, onSuccess: () => queryClient.invalidateQueries({ queryKey: glossaryQueryKey }) });
}
