import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { auditPage, type listAuditQuery } from '../../../../shared/contracts/audit';
import { apiGet, withQuery } from '../../../lib/api-client';

export type ListAuditQuery = Partial<z.infer<typeof listAuditQuery>>;

export const listAudit = (query: ListAuditQuery) => apiGet(withQuery('/api/audit', query), auditPage);

export function useAudit(query: ListAuditQuery) {
  return useQuery({ queryKey: ['audit', 'list', query], queryFn: () => listAudit(query), placeholderData: keepPreviousData });
}
