import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, partneringProfiles } from '../../db/schema/index';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { buildPartneringWorld, chineseOffer, day, russianRequest } from './test-world';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildPartneringWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildPartneringWorld(t);
}, 120_000);
afterAll(async () => t.close());

const rowCounts = async () => {
  const [p] = await t.connection.db.select({ value: count() }).from(partneringProfiles);
  const [a] = await t.connection.db.select({ value: count() }).from(auditLog);
  return [p?.value, a?.value];
};

describe('profiles', () => {
  it('walks draft → submitted → in review → published, detects the language and hides an anonymous owner', async () => {
    const created = await w.chineseMember.post('/api/partnering/profiles', chineseOffer(w.chinese.id, w.direction('medical_biotechnology')));
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'draft', language: 'zh', canEdit: true, prechecks: [] });
    expect(draft.organization.id).toBe(w.chinese.id);

    expect((await w.chineseMember.post(`/api/partnering/profiles/${draft.id}/submit`)).json().status).toBe('submitted');
    expect((await w.anonymous.get(`/api/partnering/profiles/${draft.id}`)).statusCode).toBe(404);
    const queueResponse = await w.parkManager.get('/api/partnering/profiles?view=review');
    expect(queueResponse.statusCode, queueResponse.body).toBe(200);
    const queue = queueResponse.json();
    expect(queue.items.map((p: { id: string }) => p.id)).toContain(draft.id);
    expect((await w.parkManager.post(`/api/partnering/profiles/${draft.id}/start-review`)).json().status).toBe('in_review');
    const reviewed = await w.parkManager.post(`/api/partnering/profiles/${draft.id}/review`, { scores: { innovation: 4, clarity: 4, expectations: 4, completeness: 4 }, comment: '清晰完整' });
    expect(reviewed.json()).toMatchObject({ status: 'published', lastReview: { total: 16, decision: 'published' } });

    const publicView = (await w.anonymous.get(`/api/partnering/profiles/${draft.id}`)).json();
    expect(publicView).toMatchObject({ status: 'published', organization: null, country: 'CN', lastReview: null });
    expect(JSON.stringify(publicView)).not.toContain('Harbin');
    expect((await w.yakutMember.get(`/api/partnering/profiles/${draft.id}`)).json().organization).toBeNull();
    expect((await w.coordinator.get(`/api/partnering/profiles/${draft.id}`)).json().organization.id).toBe(w.chinese.id);
    expect((await w.parkManager.get(`/api/partnering/profiles/${draft.id}`)).json().organization.id).toBe(w.chinese.id);
    const market = (await w.anonymous.get('/api/partnering/profiles?type=technology_offer&q=生物反应器')).json();
    expect(market.items.map((p: { id: string }) => p.id)).toContain(draft.id);
    expect(JSON.stringify(market)).not.toContain(w.chinese.id);

    const history = (await w.chineseMember.get(`/api/partnering/profiles/${draft.id}/history`)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['create', 'submit', 'start_review', 'review']));
  });

  it('returns a profile with a 0 to its author with the scores, thresholds and comment', async () => {
    const draft = (await w.yakutMember.post('/api/partnering/profiles', russianRequest(w.yakut.id, w.direction('medical_biotechnology')))).json();
    await w.yakutMember.post(`/api/partnering/profiles/${draft.id}/submit`);
    const noComment = await w.coordinator.post(`/api/partnering/profiles/${draft.id}/review`, { scores: { innovation: 0, clarity: 5, expectations: 5, completeness: 5 } });
    expect(noComment.json().code).toBe('REVIEW_SCORE_ZERO_NEEDS_COMMENT');
    const returned = await w.coordinator.post(`/api/partnering/profiles/${draft.id}/review`, { scores: { innovation: 0, clarity: 5, expectations: 5, completeness: 5 }, comment: 'Опишите новизну' });
    expect(returned.json()).toMatchObject({ status: 'draft' });
    const seen = (await w.yakutMember.get(`/api/partnering/profiles/${draft.id}`)).json();
    expect(seen.lastReview).toMatchObject({ decision: 'returned', comment: 'Опишите новизну', scores: { innovation: 0 }, thresholds: { minTotal: 12, minPerCriterion: 2 } });
  });

  it('applies changed thresholds: a total of 12 passes by default, not at 15', async () => {
    expect((await w.yakutMember.request({ method: 'PUT', url: '/api/partnering/review-thresholds', payload: { minTotal: 15, minPerCriterion: 2 } })).statusCode).toBe(403);
    expect((await w.coordinator.request({ method: 'PUT', url: '/api/partnering/review-thresholds', payload: { minTotal: 15, minPerCriterion: 2 } })).json()).toEqual({ minTotal: 15, minPerCriterion: 2 });
    const draft = (await w.yakutMember.post('/api/partnering/profiles', russianRequest(w.yakut.id, w.direction('medical_biotechnology')))).json();
    await w.yakutMember.post(`/api/partnering/profiles/${draft.id}/submit`);
    const reviewed = await w.coordinator.post(`/api/partnering/profiles/${draft.id}/review`, { scores: { innovation: 3, clarity: 3, expectations: 3, completeness: 3 }, comment: 'Мало' });
    expect(reviewed.json().status).toBe('draft');
    await w.coordinator.request({ method: 'PUT', url: '/api/partnering/review-thresholds', payload: { minTotal: 12, minPerCriterion: 2 } });
  });

  it('refuses to submit a profile that fails the pre-checks, naming them', async () => {
    const draft = (await w.yakutMember.post('/api/partnering/profiles', { organizationId: w.yakut.id, type: 'technology_offer', title: 'Криогенное хранение', description: 'Коротко.' })).json();
    expect(draft.prechecks.map((f: { code: string }) => f.code)).toEqual(['missing_summary', 'description_too_short', 'missing_directions', 'missing_partnership_types', 'missing_trl']);
    const submitted = await w.yakutMember.post(`/api/partnering/profiles/${draft.id}/submit`);
    expect(submitted.statusCode).toBe(400);
    expect(submitted.json()).toMatchObject({ code: 'PROFILE_PRECHECKS_FAILED' });
    expect((await w.yakutMember.get(`/api/partnering/profiles/${draft.id}`)).json().status).toBe('draft');
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const before = await rowCounts();
    const base = russianRequest(w.yakut.id, w.direction('medical_biotechnology'));
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, trl: 0 }, 'VALIDATION_FAILED'],
      [{ ...base, trl: 10 }, 'VALIDATION_FAILED'],
      [{ ...base, expiresOn: day(-1) }, 'EXPIRY_IN_PAST'],
      [{ ...base, summary: 'я'.repeat(501) }, 'VALIDATION_FAILED'],
      [{ ...base, anonymous: true, description: `${base.description} Пишите: info@yakutbio.ru` }, 'CONTACT_DATA_IN_ANONYMOUS_PROFILE'],
      [{ ...base, anonymous: true, summary: 'Подробности на www.yakutbio.ru' }, 'CONTACT_DATA_IN_ANONYMOUS_PROFILE'],
      [{ ...base, anonymous: true, summary: 'Звоните +7 914 123-45-67' }, 'CONTACT_DATA_IN_ANONYMOUS_PROFILE'],
      [{ ...base, dealSizeBand: '1m_10m' }, 'DEAL_SIZE_ONLY_FOR_INVESTMENT'],
      [{ ...base, directionIds: ['00000000-0000-4000-8000-000000000000'] }, 'UNKNOWN_DIRECTION'],
      [{ ...base, targetEcosystemIds: [w.yakut.id] }, 'UNKNOWN_ECOSYSTEM'],
    ];
    for (const [payload, code] of cases) {
      const response = await w.yakutMember.post('/api/partnering/profiles', payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(response.json().code).toBe(code);
    }
    expect((await w.otherMember.post('/api/partnering/profiles', base)).statusCode).toBe(403);
    expect(await rowCounts()).toEqual(before);
  });

  it('edits drafts only, and re-detects the language of new texts', async () => {
    const draft = (await w.yakutMember.post('/api/partnering/profiles', russianRequest(w.yakut.id, w.direction('medical_biotechnology')))).json();
    const edited = await w.yakutMember.patch(`/api/partnering/profiles/${draft.id}`, { title: 'Seeking bioreactors', summary: 'We seek bioreactors', description: 'We are a Yakut biotech company seeking single-use bioreactors and cell culture media.', keywords: ['bioreactor'] });
    expect(edited.json()).toMatchObject({ language: 'en', title: 'Seeking bioreactors' });
    await w.yakutMember.post(`/api/partnering/profiles/${draft.id}/withdraw`);
    const refused = await w.yakutMember.patch(`/api/partnering/profiles/${draft.id}`, { title: 'Again' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('PROFILE_NOT_EDITABLE');
    const row = await t.connection.db.select().from(partneringProfiles).where(eq(partneringProfiles.id, draft.id));
    expect(row[0]!.title).toBe('Seeking bioreactors');
  });

  it('lists the review queue oldest submission first', async () => {
    const submitted: string[] = [];
    for (const title of ['先提交的生物反应器', '后提交的生物反应器']) {
      const draft = (await w.chineseMember.post('/api/partnering/profiles', chineseOffer(w.chinese.id, w.direction('medical_biotechnology'), { title }))).json();
      expect((await w.chineseMember.post(`/api/partnering/profiles/${draft.id}/submit`)).json().status).toBe('submitted');
      submitted.push(draft.id);
    }
    const queue = (await w.parkManager.get('/api/partnering/profiles?view=review')).json().items.map((p: { id: string }) => p.id);
    expect(queue.filter((id: string) => submitted.includes(id))).toEqual(submitted);
  });
});
