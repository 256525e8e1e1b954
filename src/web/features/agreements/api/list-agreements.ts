import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agreementPage, listAgreementsQuery } from '../../../../shared/contracts/agreements';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type ListAgreementsQuery = Partial<z.infer<typeof listAgreementsQuery>>;

export const listAgreements = (query: ListAgreementsQuery) => apiGet<AnswerOf<typeof agreementPage>>(withQuery('/api/agreements', query));

export function useAgreements(query: ListAgreementsQuery) {
  return useQuery({ queryKey: ['agreements', 'list', query], queryFn: () => listAgreements(query), placeholderData: keepPreviousData });
}
