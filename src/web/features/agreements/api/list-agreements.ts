import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { agreementPage, type listAgreementsQuery } from '../../../../shared/contracts/agreements';
import { apiGet, withQuery } from '../../../lib/api-client';

export type ListAgreementsQuery = Partial<z.infer<typeof listAgreementsQuery>>;

export const listAgreements = (query: ListAgreementsQuery) => apiGet(withQuery('/api/agreements', query), agreementPage);

export function useAgreements(query: ListAgreementsQuery) {
  return useQuery({ queryKey: ['agreements', 'list', query], queryFn: () => listAgreements(query), placeholderData: keepPreviousData });
}
