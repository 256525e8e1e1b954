import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditPage, listAuditQuery } from '../../../../shared/contracts/audit';
import { apiGet, withQuery, type AnswerOf } from '../../../lib/api-client';

export type ListAuditQuery = Partial<z.infer<typeof listAuditQuery>>;

export const listAudit = (query: ListAuditQuery) => apiGet<AnswerOf<typeof auditPage>>(withQuery('/api/audit', query));

export function useAudit(query: ListAuditQuery) {
  return useQuery({ queryKey: ['audit', 'list', query], queryFn: () => listAudit(query), placeholderData: keepPreviousData });
}
