import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { organizationPage, type listOrganizationsQuery } from '../../../../shared/contracts/registry';
import { apiGet, withQuery } from '../../../lib/api-client';

export type ListOrganizationsQuery = Partial<z.infer<typeof listOrganizationsQuery>>;

export const listOrganizations = (query: ListOrganizationsQuery) =>
  apiGet(withQuery('/api/organizations', query), organizationPage);

export function useOrganizations(query: ListOrganizationsQuery) {
  // Keeps the previous page on screen while the next loads, so the table does not jump.
  return useQuery({ queryKey: ['organizations', 'list', query], queryFn: () => listOrganizations(query), placeholderData: keepPreviousData });
}
