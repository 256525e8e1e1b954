import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { createGlossarySource } from './glossary/glossary-source';
import { recomputeProfileConcepts } from './glossary/recompute-concepts';
import { sweepProfileExpiry } from './profile-expiry';
import { buildPartneringWorld, chineseOffer, day, publishProfile, russianRequest } from './test-world';

/**
 * The narrow copy the candidate pool reads (ADR 039) follows every write of a profile, through the
 * real routes, jobs and database: a row, equal to the profile's columns, exactly while it is published.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof buildPartneringWorld>>;
const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.connection.db.execute(query)) as unknown as { rows: T[] }).rows;

/** Profiles whose copy is missing, left over, or differs from the profile in any column the pool reads. */
const disagreements = () => rows<{ id: string }>(sql`
  select coalesce(p.id, m.profile_id) as id from partnering_profiles p full join partnering_match_profiles m on m.profile_id = p.id
  where (p.status = 'published') is distinct from (m.profile_id is not null)
    or (m.profile_id is not null and (m.organization_id, m.type, m.language, m.expires_on, m.trl, m.partnership_types, m.target_countries,
      m.target_ecosystem_ids, m.concepts, m.direction_closure, m.lexemes)
      is distinct from (p.organization_id, p.type, p.language, p.expires_on, p.trl, p.partnership_types, p.target_countries,
      p.target_ecosystem_ids, p.concepts, p.direction_closure, tsvector_to_array(p.search_vector)))`);

const copyOf = async (id: string) => (await rows<{ organization_id: string; expires_on: string | null; concepts: string[] }>(
  sql`select organization_id, expires_on::text, concepts from partnering_match_profiles where profile_id = ${id}`))[0];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildPartneringWorld(t);
}, 180_000);
afterAll(async () => t.close());

describe('the narrow copy of published profiles', () => {
  it('holds a profile from its publication on, follows a renewal, and drops it when withdrawn', async () => {
    const created = await w.yakutMember.post('/api/partnering/profiles', russianRequest(w.yakut.id, w.direction('medical_biotechnology')));
    const draftId = created.json().id as string;
    expect(await copyOf(draftId)).toBeUndefined();
    expect((await w.yakutMember.patch(`/api/partnering/profiles/${draftId}`, { trl: 5 })).statusCode).toBe(200);
    expect(await copyOf(draftId)).toBeUndefined();

    const id = await publishProfile(w.coordinator, w.chineseMember, chineseOffer(w.chinese.id, w.direction('medical_biotechnology')));
    expect(await copyOf(id)).toMatchObject({ organization_id: w.chinese.id, expires_on: day(180) });
    expect((await copyOf(id))!.concepts).toContain('biotech:bioreactor');
    expect(await disagreements()).toEqual([]);

    expect((await w.chineseMember.post(`/api/partnering/profiles/${id}/renew`, { expiresOn: day(300) })).statusCode).toBe(200);
    expect(await copyOf(id)).toMatchObject({ expires_on: day(300) });
    expect(await disagreements()).toEqual([]);

    expect((await w.chineseMember.post(`/api/partnering/profiles/${id}/withdraw`)).statusCode).toBe(200);
    expect(await copyOf(id)).toBeUndefined();
    expect(await disagreements()).toEqual([]);
  });

  it('drops a profile the nightly sweep expires', async () => {
    const id = await publishProfile(w.coordinator, w.otherMember, chineseOffer(w.other.id, w.direction('medical_biotechnology'), { expiresOn: day(2) }));
    expect(await copyOf(id)).toBeDefined();
    const swept = await sweepProfileExpiry(t.connection.db, { now: () => new Date(Date.now() + 5 * 86_400_000) });
    expect(swept.expired).toContain(id);
    expect(await copyOf(id)).toBeUndefined();
    expect(await disagreements()).toEqual([]);
  });

  it('takes the concepts the glossary job finds after a new term', async () => {
    const id = await publishProfile(w.coordinator, w.yakutMember, russianRequest(w.yakut.id, w.direction('medical_biotechnology'), {
      title: 'Ищем зорблатные ёмкости для клеток', keywords: ['зорблатная ёмкость'],
    }));
    expect((await copyOf(id))!.concepts).not.toContain('biotech:pcr');
    const added = await w.coordinator.post('/api/partnering/glossary/terms', { conceptId: 'biotech:pcr', ru: 'зорблатная ёмкость' });
    expect(added.statusCode, added.body).toBe(201);
    await t.jobsSettled();
    expect((await copyOf(id))!.concepts).toContain('biotech:pcr');
    expect(await disagreements()).toEqual([]);
    // The job left nothing for a second pass to change.
    const again = await recomputeProfileConcepts(t.connection.db, createGlossarySource(t.connection.db));
    expect(again.changed).toBe(0);
  });

  it('moves a published profile with its organization when the organization is merged into another', async () => {
    const id = await publishProfile(w.coordinator, w.otherMember, { ...russianRequest(w.other.id, w.direction('medical_biotechnology')), title: 'Ищем биореакторы для Минска' });
    const merged = await w.coordinator.post(`/api/organizations/${w.other.id}/merge`, { intoId: w.yakut.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(await copyOf(id)).toMatchObject({ organization_id: w.yakut.id });
    expect(await disagreements()).toEqual([]);
  });
});
