import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { organizationPage, listOrganizationsQuery } from '../../../../shared/contracts/registry';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type CatalogOrganizationsQuery = Partial<z.infer<typeof listOrganizationsQuery>>;

/** The same endpoint as the registry; for an anonymous caller the server answers with published organizations only. */
export const listCatalogOrganizations = (query: CatalogOrganizationsQuery) =>
  apiGet<AnswerOf<typeof organizationPage>>(withQuery('/api/organizations', query));

export function useCatalogOrganizations(query: CatalogOrganizationsQuery) {
  return useQuery({ queryKey: ['catalog', 'organizations', query], queryFn: () => listCatalogOrganizations(query), placeholderData: keepPreviousData });
}
