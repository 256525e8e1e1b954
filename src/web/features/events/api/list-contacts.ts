import { useQuery } from '@tanstack/react-query';
import { contactList } from '../../../../shared/contracts/contacts';
import { apiGet } from '../../../lib/api-client';

export const listContacts = (organizationId: string) => apiGet(`/api/organizations/${encodeURIComponent(organizationId)}/contacts`, contactList);

/** An organization's people, to name a participant or a task's owner among them. */
export function useContacts(organizationId: string | null) {
  return useQuery({ queryKey: ['contacts', organizationId], queryFn: () => listContacts(organizationId!), enabled: !!organizationId });
}
