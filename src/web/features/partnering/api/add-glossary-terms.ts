import { useMutation, useQueryClient } from '@tanstack/react-query';
import { glossaryConcept, type AddGlossaryTermsInput } from '../../../../shared/contracts/partnering-glossary';
import { apiRequest } from '../../../lib/api-client';
import { glossaryQueryKey } from './list-glossary';

export const addGlossaryTerms = (input: AddGlossaryTermsInput) => apiRequest('POST', '/api/partnering/glossary/terms', glossaryConcept, input);

export function useAddGlossaryTerms() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addGlossaryTerms, onSuccess: () => queryClient.invalidateQueries({ queryKey: glossaryQueryKey }) });
}
