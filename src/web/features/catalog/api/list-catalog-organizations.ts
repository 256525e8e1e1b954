import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { organizationPage, type listOrganizationsQuery } from '../../../../shared/contracts/registry';
import { apiGet, withQuery } from '../../../lib/api-client';

export type CatalogOrganizationsQuery = Partial<z.infer<typeof listOrganizationsQuery>>;

/** The same endpoint as the registry; for an anonymous caller the server answers with published organizations only. */
export const listCatalogOrganizations = (query: CatalogOrganizationsQuery) =>
  apiGet(withQuery('/api/organizations', query), organizationPage);

export function useCatalogOrganizations(query: CatalogOrganizationsQuery) {
  return useQuery({ queryKey: ['catalog', 'organizations', query], queryFn: () => listCatalogOrganizations(query), placeholderData: keepPreviousData });
}
