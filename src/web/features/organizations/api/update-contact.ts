import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contact, type UpdateContactInput } from '../../../../shared/contracts/contacts';
import { apiRequest } from '../../../lib/api-client';
import { contactsQueryKey } from './list-contacts';

export const updateContact = ({ id, input }: { id: string; input: UpdateContactInput }) =>
  apiRequest('PATCH', `/api/contacts/${encodeURIComponent(id)}`, contact, input);

export function useUpdateContact(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateContact, onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey(organizationId) }) });
}
