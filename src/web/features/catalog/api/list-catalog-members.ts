import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memberPage, type ListMembersQuery } from '../../../../shared/contracts/ecosystems';
import { apiGet, withQuery } from '../../../lib/api-client';

export type CatalogMembersQuery = Partial<ListMembersQuery>;

/** The register entries of published organizations only, for an anonymous caller. */
export const listCatalogMembers = (ecosystemId: string, query: CatalogMembersQuery) =>
  apiGet(withQuery(`/api/ecosystems/${encodeURIComponent(ecosystemId)}/members`, query), memberPage);

export function useCatalogMembers(ecosystemId: string, query: CatalogMembersQuery) {
  return useQuery({
    queryKey: ['catalog', 'members', ecosystemId, query],
    queryFn: () => listCatalogMembers(ecosystemId, query),
    placeholderData: keepPreviousData,
  });
}
