import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddGlossaryTermsInput, glossaryConcept } from '../../../../shared/contracts/partnering-glossary';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { glossaryQueryKey } from './list-glossary';

export const addGlossaryTerms = (input: AddGlossaryTermsInput) => apiRequest<AnswerOf<typeof glossaryConcept>>('POST', '/api/partnering/glossary/terms', input);

export function useAddGlossaryTerms() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addGlossaryTerms, onSuccess: () => queryClient.invalidateQueries({ queryKey: glossaryQueryKey }) });
}
