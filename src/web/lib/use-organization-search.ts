import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { organizationPage } from '../../shared/contracts/registry';
import { apiGet, withQuery, type AnswerOf } from './api-client';

type SearchOptions = {
  /** Only organizations of this kind (e.g. ecosystems). */
  kind?: string;
  /** Characters typed before the server is asked; 0 lists the first ones by name at once. */
  minLength?: number;
};

/**
 * Organizations whose name matches, 20 by name, for every picker of the app: the registry's own
 * search on the server, so only what the caller may see comes back and names meet across scripts.
 */
export function useOrganizationSearch(q: string, { kind, minLength = 1 }: SearchOptions = {}) {
  return useQuery({
    queryKey: ['organizations', 'search', q, kind],
    queryFn: () => apiGet<AnswerOf<typeof organizationPage>>(withQuery('/api/organizations', { q, kind, pageSize: 20, sort: 'name' })),
    placeholderData: keepPreviousData,
    enabled: q.trim().length >= minLength,
  });
}
