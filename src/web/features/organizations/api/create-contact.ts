import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { contact, CreateContactInput } from '../../../../shared/contracts/contacts';
import { apiRequest, type AnswerOf } from '../../../lib/api-client';
import { contactsQueryKey } from './list-contacts';

export const createContact = ({ organizationId, input }: { organizationId: string; input: CreateContactInput }) =>
  apiRequest<AnswerOf<typeof contact>>('POST', `/api/organizations/${encodeURIComponent(organizationId)}/contacts`, input);

export function useCreateContact(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createContact, onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey(organizationId) }) });
}
