import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { organizationPage, listOrganizationsQuery } from '../../../../shared/contracts/registry';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';
import { cursorBefore } from '../../../lib/keyset';

export type ListOrganizationsQuery = Partial<Omit<z.infer<typeof listOrganizationsQuery>, 'after'>>;
type OrganizationPage = z.infer<typeof organizationPage>;

export const listOrganizations = (query: ListOrganizationsQuery & { after?: string }) =>
  apiGet<AnswerOf<typeof organizationPage>>(withQuery('/api/organizations', query));

const keyOf = (query: ListOrganizationsQuery) => ['organizations', 'list', query];

export function useOrganizations(query: ListOrganizationsQuery) {
  const client = useQueryClient();
  return useQuery({
    queryKey: keyOf(query),
    queryFn: () => {
      const after = cursorBefore<OrganizationPage>(client, (page) => keyOf({ ...query, page }), query.page ?? 1, (data) => data.nextCursor);
      return listOrganizations({ ...query, after });
    },
    // Keeps the previous page on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
