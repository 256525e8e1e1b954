import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { memberPage, ListMembersQuery } from '../../../../shared/contracts/ecosystems';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type MembersQuery = Partial<ListMembersQuery>;

export const listMembers = (ecosystemId: string, query: MembersQuery) =>
  apiGet<AnswerOf<typeof memberPage>>(withQuery(`/api/ecosystems/${encodeURIComponent(ecosystemId)}/members`, query));

export function useMembers(ecosystemId: string, query: MembersQuery) {
  // Keeps the previous page on screen while the next loads, so the table does not jump.
  return useQuery({ queryKey: ['ecosystems', 'members', ecosystemId, query], queryFn: () => listMembers(ecosystemId, query), placeholderData: keepPreviousData });
}
