import { useQuery } from '@tanstack/react-query';
import type { contactList } from '../../../../shared/contracts/contacts';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const listContacts = (organizationId: string) => apiGet<AnswerOf<typeof contactList>>(`/api/organizations/${encodeURIComponent(organizationId)}/contacts`);

/** An organization's people, to name a participant or a task's owner among them. */
export function useContacts(organizationId: string | null) {
  return useQuery({ queryKey: ['contacts', organizationId], queryFn: () => listContacts(organizationId!), enabled: !!organizationId });
}
