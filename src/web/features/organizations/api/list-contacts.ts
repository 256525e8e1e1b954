import { useQuery } from '@tanstack/react-query';
import type { contactList } from '../../../../shared/contracts/contacts';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const contactsQueryKey = (organizationId: string) => ['contacts', organizationId] as const;

/** The contacts of an organization as the server lets the caller see them, with whether they may manage them. */
export const listContacts = (organizationId: string) =>
  apiGet<AnswerOf<typeof contactList>>(`/api/organizations/${encodeURIComponent(organizationId)}/contacts`);

export function useContacts(organizationId: string) {
  return useQuery({ queryKey: contactsQueryKey(organizationId), queryFn: () => listContacts(organizationId) });
}
