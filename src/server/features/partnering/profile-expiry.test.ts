import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, directions, partneringProfiles } from '../../db/schema/index';
import { startJobQueue, type JobQueue } from '../../jobs/job-queue';
import type { Clock } from '../../lib/clock';
import { createOrganization } from '../../test-support/factories';
import { createTestDatabase } from '../../test-support/test-database';
import type { DatabaseConnection } from '../../db/client';
import { createGlossarySource } from './glossary/glossary-source';
import { createMatchDigest } from './match-digest';
import { partneringJobs } from './partnering.jobs';
import { profileExpiryJobName, sweepProfileExpiry } from './profile-expiry';

let connection: DatabaseConnection;
let queue: JobQueue;
const errors: Error[] = [];
// The sweep's "today", moved by the tests; the queue runs the same handler with it.
let now = new Date('2027-03-10T09:00:00Z');
const clock: Clock = { now: () => now };

beforeAll(async () => {
  connection = await createTestDatabase();
  const glossary = createGlossarySource(connection.db);
  queue = await startJobQueue(connection, partneringJobs({ db: connection.db, clock, glossary, digest: createMatchDigest({ db: connection.db, clock, glossary: () => glossary.get() }) }), (error) => errors.push(error));
});
afterAll(async () => {
  await queue.stop();
  await connection.close();
});

async function profile(status: string, expiresOn: string | null, title: string) {
  const db = connection.db;
  const organization = await createOrganization(db, { nameEn: `Owner of ${title}`, country: 'BY' });
  const [direction] = await db.select().from(directions).where(eq(directions.code, 'medical_biotechnology'));
  const [row] = await db.insert(partneringProfiles).values({
    organizationId: organization.id, type: 'technology_offer', status, title, language: 'en', expiresOn, directionClosure: [direction!.id],
  }).returning();
  return row!.id;
}

const statusOf = async (id: string) => (await connection.db.select().from(partneringProfiles).where(eq(partneringProfiles.id, id)))[0]!;
const auditOf = (ids: string[]) => connection.db.select().from(auditLog).where(inArray(auditLog.entityId, ids));

describe('the nightly expiry of partnering profiles', () => {
  it('through the job queue: expires the published profiles past their date and reminds those within 14 days, once', async () => {
    const past = await profile('published', '2027-03-09', 'Past its date');
    const today = await profile('published', '2027-03-10', 'Expires today');
    const soon = await profile('published', '2027-03-24', 'Fourteen days left');
    const later = await profile('published', '2027-03-25', 'Fifteen days left');
    const draft = await profile('draft', '2027-01-01', 'A draft with an old date');
    const open = await profile('published', null, 'No expiry');

    const id = await queue.send(profileExpiryJobName);
    expect(await queue.waitFor(profileExpiryJobName, id!)).toBe('completed');
    expect(errors).toEqual([]);

    expect((await statusOf(past)).status).toBe('expired');
    // The last day is still a day of publication.
    expect(await statusOf(today)).toMatchObject({ status: 'published', renewalRemindedFor: '2027-03-10' });
    expect(await statusOf(soon)).toMatchObject({ status: 'published', renewalRemindedFor: '2027-03-24' });
    expect(await statusOf(later)).toMatchObject({ status: 'published', renewalRemindedFor: null });
    expect(await statusOf(draft)).toMatchObject({ status: 'draft', renewalRemindedFor: null });
    expect(await statusOf(open)).toMatchObject({ status: 'published', renewalRemindedFor: null });

    const entries = await auditOf([past, today, soon, later, draft, open]);
    expect(entries.map((e) => [e.entityId, e.action, e.actorLabel]).sort()).toEqual([
      [past, 'expire', 'system'], [soon, 'renewal_reminder', 'system'], [today, 'renewal_reminder', 'system'],
    ].sort());

    // A second run the same day changes nothing and reminds nobody again.
    expect(await sweepProfileExpiry(connection.db, clock)).toEqual({ expired: [], reminded: [] });
  });

  it('reminds again after a renewal moves the date, and expires on the day after the new date', async () => {
    const renewed = await profile('published', '2027-03-12', 'Renewed once');
    expect((await sweepProfileExpiry(connection.db, clock)).reminded).toEqual([renewed]);
    await connection.db.update(partneringProfiles).set({ expiresOn: '2027-04-01' }).where(eq(partneringProfiles.id, renewed));
    expect((await sweepProfileExpiry(connection.db, clock)).reminded).not.toContain(renewed);
    now = new Date('2027-03-20T09:00:00Z');
    // (The first test's profiles move on too; this one is looked at alone.)
    const nearNewDate = await sweepProfileExpiry(connection.db, clock);
    expect(nearNewDate.reminded).toContain(renewed);
    expect(nearNewDate.expired).not.toContain(renewed);
    now = new Date('2027-04-02T00:30:00Z');
    expect((await sweepProfileExpiry(connection.db, clock)).expired).toContain(renewed);
    expect((await statusOf(renewed)).status).toBe('expired');
  });
});
