import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contact, type CreateContactInput } from '../../../../shared/contracts/contacts';
import { apiRequest } from '../../../lib/api-client';
import { contactsQueryKey } from './list-contacts';

export const createContact = ({ organizationId, input }: { organizationId: string; input: CreateContactInput }) =>
  apiRequest('POST', `/api/organizations/${encodeURIComponent(organizationId)}/contacts`, contact, input);

export function useCreateContact(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createContact, onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey(organizationId) }) });
}
