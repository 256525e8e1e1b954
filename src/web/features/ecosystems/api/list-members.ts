import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memberPage, type ListMembersQuery } from '../../../../shared/contracts/ecosystems';
import { apiGet, withQuery } from '../../../lib/api-client';

export type MembersQuery = Partial<ListMembersQuery>;

export const listMembers = (ecosystemId: string, query: MembersQuery) =>
  apiGet(withQuery(`/api/ecosystems/${encodeURIComponent(ecosystemId)}/members`, query), memberPage);

export function useMembers(ecosystemId: string, query: MembersQuery) {
  // Keeps the previous page on screen while the next loads, so the table does not jump.
  return useQuery({ queryKey: ['ecosystems', 'members', ecosystemId, query], queryFn: () => listMembers(ecosystemId, query), placeholderData: keepPreviousData });
}
