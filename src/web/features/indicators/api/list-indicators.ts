import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { indicatorPage, type listIndicatorsQuery } from '../../../../shared/contracts/indicators';
import { apiGet, withQuery } from '../../../lib/api-client';

export type ListIndicatorsQuery = Partial<z.infer<typeof listIndicatorsQuery>>;

export const listIndicators = (query: ListIndicatorsQuery) => apiGet(withQuery('/api/indicators', query), indicatorPage);

export function useIndicators(query: ListIndicatorsQuery) {
  return useQuery({ queryKey: ['indicators', 'list', query], queryFn: () => listIndicators(query), placeholderData: keepPreviousData });
}
