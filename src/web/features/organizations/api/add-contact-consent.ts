import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { contact, AddConsentInput } from '../../../../shared/contracts/contacts';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { contactsQueryKey } from './list-contacts';

export const addContactConsent = ({ id, input }: { id: string; input: AddConsentInput }) =>
  apiRequest<AnswerOf<typeof contact>>('POST', `/api/contacts/${encodeURIComponent(id)}/consents`, input);

export function useAddContactConsent(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addContactConsent, onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey(organizationId) }) });
}
