import { useQuery } from '@tanstack/react-query';
import type { taxonomyList } from '../../../../shared/contracts/taxonomy';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export const taxonomyQueryKey = ['taxonomy'] as const;

export const listTaxonomy = (includeInactive: boolean) => apiGet<AnswerOf<typeof taxonomyList>>(withQuery('/api/taxonomy', { includeInactive: includeInactive || undefined }));

export function useTaxonomy(includeInactive: boolean) {
  return useQuery({ queryKey: [...taxonomyQueryKey, { includeInactive }], queryFn: () => listTaxonomy(includeInactive) });
}
