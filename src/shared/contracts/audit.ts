import { z } from 'zod';
import { listQuery, pageOf, timestamp } from './common';

export const auditEntry = z.object({
  id: z.number().int(),
  at: timestamp,
  actorUserId: z.uuid().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  requestId: z.string().nullable(),
});
export type AuditEntryDto = z.infer<typeof auditEntry>;

export const listAuditQuery = listQuery(['at']).extend({
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorUserId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export const auditPage = pageOf(auditEntry);
