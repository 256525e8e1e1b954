import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { infrastructurePage, listInfrastructureQuery } from '../../../../shared/contracts/infrastructure';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type InfrastructureQuery = Partial<Omit<z.infer<typeof listInfrastructureQuery>, 'areaMin' | 'areaMax' | 'priceMin' | 'priceMax'>> & Partial<Record<'areaMin' | 'areaMax' | 'priceMin' | 'priceMax', number | string>>;

/** Anonymous callers get the public offer (available and reserved); park managers also their occupied objects. */
export const listInfrastructure = (query: InfrastructureQuery) => apiGet<AnswerOf<typeof infrastructurePage>>(withQuery('/api/infrastructure', query));

export function useInfrastructureList(query: InfrastructureQuery) {
  return useQuery({ queryKey: ['infrastructure', 'list', query], queryFn: () => listInfrastructure(query), placeholderData: keepPreviousData });
}
