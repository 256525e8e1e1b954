import { useQuery } from '@tanstack/react-query';
import type { contactList } from '../../../../shared/contracts/contacts';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

/** For an anonymous caller the server lists only contacts with a consent to dissemination (152-FZ). */
export const listPublishedContacts = (organizationId: string) =>
  apiGet<AnswerOf<typeof contactList>>(`/api/organizations/${encodeURIComponent(organizationId)}/contacts`);

export function usePublishedContacts(organizationId: string) {
  return useQuery({ queryKey: ['catalog', 'contacts', organizationId], queryFn: () => listPublishedContacts(organizationId) });
}
