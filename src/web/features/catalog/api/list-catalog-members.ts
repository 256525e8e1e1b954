import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { memberPage, ListMembersQuery } from '../../../../shared/contracts/ecosystems';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type CatalogMembersQuery = Partial<ListMembersQuery>;

/** The register entries of published organizations only, for an anonymous caller. */
export const listCatalogMembers = (ecosystemId: string, query: CatalogMembersQuery) =>
  apiGet<AnswerOf<typeof memberPage>>(withQuery(`/api/ecosystems/${encodeURIComponent(ecosystemId)}/members`, query));

export function useCatalogMembers(ecosystemId: string, query: CatalogMembersQuery) {
  return useQuery({
    queryKey: ['catalog', 'members', ecosystemId, query],
    queryFn: () => listCatalogMembers(ecosystemId, query),
    placeholderData: keepPreviousData,
  });
}
