import { useQuery } from '@tanstack/react-query';
import type { contactList } from '../../../../shared/contracts/contacts';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

/** The contacts of a party, to choose its signatory from. */
export const listContacts = (organizationId: string) => apiGet<AnswerOf<typeof contactList>>(`/api/organizations/${encodeURIComponent(organizationId)}/contacts`);

export function useContacts(organizationId: string | null) {
  return useQuery({ queryKey: ['contacts', organizationId], queryFn: () => listContacts(organizationId!), enabled: !!organizationId });
}
