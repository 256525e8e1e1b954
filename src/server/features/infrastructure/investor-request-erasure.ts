/**
 * An anonymous investor's contact is personal data (152-FZ), kept on the request with its consent.
 * Withdrawing the consent — by the sender with the private token given at submission, or by the
 * park's manager on the sender's word — ends the processing: name, email, phone and the sender's
 * own words are erased from the request and become "[erased]" in every audit entry of it, in one
 * transaction. What stays is a tombstone: the park, what was wanted, the answers, the outcome and
 * the dates, so the park's statistics and the register's history still add up.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { investorRequests } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { erasedMarker, recordAudit, redactAuditedFields, type AuditChanges } from '../../lib/audit';
import { AppError } from '../../lib/errors';
import type { InvestorRequestRow } from './investor-requests.repo';

export const erasedRequestFields = ['contactName', 'contactEmail', 'contactPhone', 'message'] as const;
export type ConsentWithdrawnBy = 'sender' | 'manager';

/** A new private token for the sender, and what the database keeps of it (its hash only). */
export function newWithdrawalToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashWithdrawalToken(token) };
}

export function hashWithdrawalToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function findRequestByWithdrawalToken(tx: Executor, token: string): Promise<InvestorRequestRow | undefined> {
  const [row] = await tx.select().from(investorRequests).where(eq(investorRequests.withdrawalTokenHash, hashWithdrawalToken(token))).for('update');
  return row;
}

/** Erases the contact of a request (locked by the caller) and redacts it from the audit trail. */
export async function eraseInvestorContact(tx: Executor, row: InvestorRequestRow, by: ConsentWithdrawnBy, context: RequestContext, now: Date): Promise<void> {
  if (row.erasedAt) throw new AppError('INVESTOR_CONSENT_WITHDRAWN', { erasedAt: row.erasedAt.toISOString() });
  await tx.update(investorRequests).set({
    contactName: null, contactEmail: null, contactPhone: null, message: null,
    // The token is spent: the link it made opens nothing any more.
    withdrawalTokenHash: null,
    consentWithdrawnAt: now, consentWithdrawnBy: by, erasedAt: now, updatedAt: now,
  }).where(eq(investorRequests.id, row.id));
  await redactAuditedFields(tx, 'investor_request', row.id, erasedRequestFields);
  const changes: AuditChanges = {};
  for (const field of erasedRequestFields) if (row[field] !== null) changes[field] = { before: erasedMarker, after: null };
  changes.consentWithdrawnBy = { before: null, after: by };
  changes.erasedAt = { before: null, after: now.toISOString() };
  await recordAudit(tx, context, { action: 'withdraw_consent', entityType: 'investor_request', entityId: row.id, changes });
}
