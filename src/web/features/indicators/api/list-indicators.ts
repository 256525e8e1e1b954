import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { indicatorPage, listIndicatorsQuery } from '../../../../shared/contracts/indicators';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type ListIndicatorsQuery = Partial<z.infer<typeof listIndicatorsQuery>>;

export const listIndicators = (query: ListIndicatorsQuery) => apiGet<AnswerOf<typeof indicatorPage>>(withQuery('/api/indicators', query));

export function useIndicators(query: ListIndicatorsQuery) {
  return useQuery({ queryKey: ['indicators', 'list', query], queryFn: () => listIndicators(query), placeholderData: keepPreviousData });
}
