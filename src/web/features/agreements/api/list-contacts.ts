import { useQuery } from '@tanstack/react-query';
import { contactList } from '../../../../shared/contracts/contacts';
import { apiGet } from '../../../lib/api-client';

/** The contacts of a party, to choose its signatory from. */
export const listContacts = (organizationId: string) => apiGet(`/api/organizations/${encodeURIComponent(organizationId)}/contacts`, contactList);

export function useContacts(organizationId: string | null) {
  return useQuery({ queryKey: ['contacts', organizationId], queryFn: () => listContacts(organizationId!), enabled: !!organizationId });
}
