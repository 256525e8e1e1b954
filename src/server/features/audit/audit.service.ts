/**
 * The audit feature owns reading the audit trail. Writing it is lib/audit.ts, called by every
 * service inside the transaction of its write.
 */
import type { AuditEntryDto } from '../../../shared/contracts/audit';
import type { Database } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { authorize } from '../../lib/authorization';
import { canReadAudit } from './audit.policy';
import { listAuditEntries, type AuditFilter } from './audit.repo';

export function createAuditService({ db }: { db: Database }) {
  return {
    /**
     * The history of one entity, for features whose own policy has already decided that the
     * caller may see it (an organization's members read their organization's history).
     */
    async historyOf(entityType: string, entityId: string, page = 1, pageSize = 50) {
      const { rows, total } = await listAuditEntries(db, { entityType, entityId, page, pageSize });
      const items: AuditEntryDto[] = rows.map((row) => ({ ...row, at: row.at.toISOString() }));
      return { items, page, pageSize, total };
    },

    async list(filter: AuditFilter, context: RequestContext) {
      authorize(context.actor, canReadAudit(context.actor));
      const { rows, total } = await listAuditEntries(db, filter);
      const items: AuditEntryDto[] = rows.map((row) => ({ ...row, at: row.at.toISOString() }));
      return { items, page: filter.page, pageSize: filter.pageSize, total };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
