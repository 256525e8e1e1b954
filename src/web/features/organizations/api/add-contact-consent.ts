import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contact, type AddConsentInput } from '../../../../shared/contracts/contacts';
import { apiRequest } from '../../../lib/api-client';
import { contactsQueryKey } from './list-contacts';

export const addContactConsent = ({ id, input }: { id: string; input: AddConsentInput }) =>
  apiRequest('POST', `/api/contacts/${encodeURIComponent(id)}/consents`, contact, input);

export function useAddContactConsent(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addContactConsent, onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey(organizationId) }) });
}
