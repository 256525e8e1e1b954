import { useQuery } from '@tanstack/react-query';
import { contactList } from '../../../../shared/contracts/contacts';
import { apiGet } from '../../../lib/api-client';

/** For an anonymous caller the server lists only contacts with a consent to dissemination (152-FZ). */
export const listPublishedContacts = (organizationId: string) =>
  apiGet(`/api/organizations/${encodeURIComponent(organizationId)}/contacts`, contactList);

export function usePublishedContacts(organizationId: string) {
  return useQuery({ queryKey: ['catalog', 'contacts', organizationId], queryFn: () => listPublishedContacts(organizationId) });
}
