import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../../db/client';
import { directions, partneringDigestMatches, partneringProfileDirections, partneringProfiles } from '../../db/schema/index';
import { startJobQueue, type JobQueue } from '../../jobs/job-queue';
import type { Clock } from '../../lib/clock';
import { createOrganization } from '../../test-support/factories';
import { createTestDatabase } from '../../test-support/test-database';
import { loadGlossary, type Glossary } from './glossary/glossary';
import { createGlossarySource } from './glossary/glossary-source';
import { createMatchDigest, matchDigestJobName } from './match-digest';
import { partneringJobs } from './partnering.jobs';
import { checkedColumns, type ProfileFields } from './profile-fields';
import { chineseOffer, russianRequest } from './test-world';

let connection: DatabaseConnection;
let queue: JobQueue;
let glossary: Glossary;
const errors: Error[] = [];
const clock: Clock = { now: () => new Date() };
const today = () => clock.now().toISOString().slice(0, 10);

beforeAll(async () => {
  connection = await createTestDatabase();
  glossary = await loadGlossary();
  const digest = createMatchDigest({ db: connection.db, clock, glossary: async () => glossary });
  queue = await startJobQueue(connection, partneringJobs({ db: connection.db, clock, glossary: createGlossarySource(connection.db), digest }), (error) => errors.push(error));
});
afterAll(async () => {
  await queue.stop();
  await connection.close();
});

/** A published profile written straight to the table, as an import or an older release would leave it. */
async function published(input: Record<string, unknown>, country: string) {
  const db = connection.db;
  const organization = await createOrganization(db, { country });
  const { organizationId: _ignored, ...rest } = input;
  const fields = { description: '', keywords: [], ipStatus: null, targetCountries: [], targetEcosystemIds: [], dealSizeBand: null, attachmentFileIds: [], anonymous: false, expiresOn: null, ...rest } as unknown as ProfileFields;
  const { values, directionIds } = await checkedColumns(db, fields, glossary, today());
  const [row] = await db.insert(partneringProfiles).values({ ...values, organizationId: organization.id, status: 'published', publishedAt: new Date() }).returning();
  await db.insert(partneringProfileDirections).values(directionIds.map((directionId) => ({ profileId: row!.id, directionId })));
  return row!.id;
}

async function runDigest() {
  const id = await queue.send(matchDigestJobName);
  expect(await queue.waitFor(matchDigestJobName, id!, 60_000)).toBe('completed');
  return (await connection.db.select().from(partneringDigestMatches)).map((r) => `${r.profileId}→${r.matchedProfileId}`).sort();
}

describe('the daily digest of new matches', () => {
  it('through the job queue, twice: the second run stores only the matches the first had not seen', async () => {
    const [medical] = await connection.db.select().from(directions).where(eq(directions.code, 'medical_biotechnology'));
    const offer = await published(chineseOffer('', medical!.id, { anonymous: false, expiresOn: null }), 'CN');
    const request = await published(russianRequest('', medical!.id, { expiresOn: null }), 'RU');

    const first = await runDigest();
    expect(first).toEqual([`${offer}→${request}`, `${request}→${offer}`].sort());

    const later = await published(russianRequest('', medical!.id, { expiresOn: null, title: 'Ищем одноразовые биореакторы для клеточной терапии' }), 'RU');
    const second = await runDigest();
    const added = second.filter((pair) => !first.includes(pair));
    expect(added).toEqual([`${offer}→${later}`, `${later}→${offer}`].sort());
    expect(second).toEqual(expect.arrayContaining(first));
    expect(errors).toEqual([]);
  });
});
