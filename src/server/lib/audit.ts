import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../db/schema/index';
import type { Executor } from '../db/client';
import type { RequestContext } from './actor';

type Row = Record<string, unknown> | null | undefined;
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/** Secrets never reach the audit log, not even hashed. */
const secretField = /password|token|secret/i;

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** The fields that differ between two versions of a row, each with its before and after. */
export function diffRows(before: Row, after: Row): AuditChanges {
  const changes: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    const b = normalize(before?.[key]);
    const a = normalize(after?.[key]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] = secretField.test(key) ? { before: b === null ? null : '[secret]', after: '[secret]' } : { before: b, after: a };
  }
  return changes;
}

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: Row;
  after?: Row;
  changes?: AuditChanges;
};

/** Who wrote, and in which request: the same for every entry of one operation. */
function writerOf(context: RequestContext) {
  const actor = context.actor;
  return { actorUserId: actor.kind === 'user' ? actor.id : null, actorLabel: actor.kind === 'user' ? actor.email : 'system', requestId: context.requestId };
}

const changesOf = (entry: AuditEntry): AuditChanges => entry.changes ?? diffRows(entry.before, entry.after);

/** Records a write in the same transaction as the write itself. */
export async function recordAudit(tx: Executor, context: RequestContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({ ...writerOf(context), action: entry.action, entityType: entry.entityType, entityId: entry.entityId, changes: changesOf(entry) });
}

/** Entries per INSERT: they travel as four array parameters, so the batch bounds memory, not parameters. */
const auditBatchSize = 1000;

/**
 * Records many writes of one operation (an import) in the caller's transaction. The entries go as
 * one array per column through `unnest`: seven parameters per entry cost more to build and to parse
 * than the rows cost to write (ADR 037).
 */
export async function recordAuditMany(tx: Executor, context: RequestContext, entries: AuditEntry[]): Promise<void> {
  const writer = writerOf(context);
  for (let start = 0; start < entries.length; start += auditBatchSize) {
    const batch = entries.slice(start, start + auditBatchSize);
    await tx.execute(sql`
      insert into audit_log (actor_user_id, actor_label, action, entity_type, entity_id, changes, request_id)
      select ${writer.actorUserId}::uuid, ${writer.actorLabel}::text, entry.action, entry.entity_type, entry.entity_id, entry.changes, ${writer.requestId}::text
      from unnest(${sql.param(batch.map((entry) => entry.action))}::text[], ${sql.param(batch.map((entry) => entry.entityType))}::text[],
                  ${sql.param(batch.map((entry) => entry.entityId))}::text[], ${sql.param(batch.map((entry) => JSON.stringify(changesOf(entry))))}::jsonb[])
           with ordinality as entry(action, entity_type, entity_id, changes, position)
      order by entry.position`);
  }
}

/** What an erased value reads as in the audit trail. */
export const erasedMarker = '[erased]';

/**
 * Erasure of personal data (152-FZ) reaches the audit trail too: in the entity's earlier entries,
 * the values of the erased fields become "[erased]", while the entries themselves stay — who changed
 * what, and when, is still told. Call it in the transaction of the erasure. Returns how many entries
 * it rewrote.
 */
export async function redactAuditedFields(tx: Executor, entityType: string, entityId: string, fields: readonly string[]): Promise<number> {
  const entries = await tx.select().from(auditLog).where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
  const erase = (value: unknown) => (value === null || value === undefined ? null : erasedMarker);
  let rewritten = 0;
  for (const entry of entries) {
    let touched = false;
    const changes: AuditChanges = {};
    for (const [field, change] of Object.entries(entry.changes)) {
      if (fields.includes(field)) {
        changes[field] = { before: erase(change.before), after: erase(change.after) };
        touched ||= JSON.stringify(changes[field]) !== JSON.stringify(change);
      } else changes[field] = change;
    }
    if (!touched) continue;
    await tx.update(auditLog).set({ changes }).where(eq(auditLog.id, entry.id));
    rewritten += 1;
  }
  return rewritten;
}
