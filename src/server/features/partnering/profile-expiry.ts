/**
 * The daily sweep of published profiles: those past their expiry date become expired (the pages
 * already show them so from that day; the sweep makes the stored status agree), and those whose
 * expiry is near are reminded once per expiry date. A reminder is what the dashboard shows the
 * owner's side ("renew before …") and an entry in the profile's history; a renewal moves the date,
 * so the next expiry is reminded again.
 */
import { and, eq, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { renewalReminderDays } from '../../../shared/partnering';
import type { Database } from '../../db/client';
import { partneringProfiles } from '../../db/schema/index';
import { anonymous, type RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import type { Clock } from '../../lib/clock';

export const profileExpiryJobName = 'partnering-profile-expiry';

const addDays = (isoDay: string, days: number) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type ExpirySweep = { expired: string[]; reminded: string[] };

export async function sweepProfileExpiry(db: Database, clock: Clock, reminderDays = renewalReminderDays): Promise<ExpirySweep> {
  const today = clock.now().toISOString().slice(0, 10);
  const context: RequestContext = { actor: anonymous, requestId: `job:${profileExpiryJobName}:${today}` };
  const p = partneringProfiles;
  return db.transaction(async (tx) => {
    const expired = await tx.update(p).set({ status: 'expired', updatedAt: clock.now() })
      .where(and(eq(p.status, 'published'), isNotNull(p.expiresOn), lt(p.expiresOn, today)))
      .returning({ id: p.id, expiresOn: p.expiresOn });
    for (const row of expired) {
      await recordAudit(tx, context, { action: 'expire', entityType: 'partnering_profile', entityId: row.id, changes: { status: { before: 'published', after: 'expired' } } });
    }
    const reminded = await tx.update(p).set({ renewalRemindedFor: sql`${p.expiresOn}` })
      .where(and(
        eq(p.status, 'published'), isNotNull(p.expiresOn), lte(p.expiresOn, addDays(today, reminderDays)),
        or(isNull(p.renewalRemindedFor), ne(p.renewalRemindedFor, p.expiresOn)),
      ))
      .returning({ id: p.id, expiresOn: p.expiresOn });
    for (const row of reminded) {
      await recordAudit(tx, context, { action: 'renewal_reminder', entityType: 'partnering_profile', entityId: row.id, changes: { renewalRemindedFor: { before: null, after: row.expiresOn } } });
    }
    return { expired: expired.map((r) => r.id), reminded: reminded.map((r) => r.id) };
  });
}
