import { useQuery } from '@tanstack/react-query';
import { taxonomyList } from '../../../../shared/contracts/taxonomy';
import { apiGet, withQuery } from '../../../lib/api-client';

export const taxonomyQueryKey = ['taxonomy'] as const;

export const listTaxonomy = (includeInactive: boolean) => apiGet(withQuery('/api/taxonomy', { includeInactive: includeInactive || undefined }), taxonomyList);

export function useTaxonomy(includeInactive: boolean) {
  return useQuery({ queryKey: [...taxonomyQueryKey, { includeInactive }], queryFn: () => listTaxonomy(includeInactive) });
}
