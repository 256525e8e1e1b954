import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { contact, UpdateContactInput } from '../../../../shared/contracts/contacts';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { contactsQueryKey } from './list-contacts';

export const updateContact = ({ id, input }: { id: string; input: UpdateContactInput }) =>
  apiRequest<AnswerOf<typeof contact>>('PATCH', `/api/contacts/${encodeURIComponent(id)}`, input);

export function useUpdateContact(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateContact, onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey(organizationId) }) });
}
