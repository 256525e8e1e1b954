import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, partneringGlossaryTerms, partneringProfiles } from '../../../db/schema/index';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import { buildPartneringWorld, chineseOffer } from '../test-world';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildPartneringWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildPartneringWorld(t);
}, 120_000);
afterAll(async () => t.close());

const db = () => t.connection.db;
const rowCounts = async () => {
  const [terms] = await db().select({ value: count() }).from(partneringGlossaryTerms);
  const [audit] = await db().select({ value: count() }).from(auditLog);
  return [terms?.value, audit?.value];
};
const conceptsOf = async (id: string) => (await db().select().from(partneringProfiles).where(eq(partneringProfiles.id, id)))[0]!.concepts;

type Concept = { id: string; added: boolean; terms: { id: string | null; language: string; term: string; added: boolean }[] };

describe('the glossary curators', () => {
  it('find a concept by any of its terms in any language, shipped terms marked as such', async () => {
    for (const q of ['bioreactors', 'биореактор', '生物反应器']) {
      const response = await w.coordinator.get(`/api/partnering/glossary?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json();
      expect(page.concepts).toBeGreaterThanOrEqual(2000);
      expect(page.items.map((c: Concept) => c.id)).toContain('biotech:bioreactor');
    }
    const [first] = (await w.coordinator.get('/api/partnering/glossary?q=生物反应器')).json().items as Concept[];
    expect(first).toMatchObject({ id: 'biotech:bioreactor', added: false });
    expect(first!.terms).toContainEqual({ id: null, language: 'zh', term: '生物反应器', added: false });
    expect((await w.yakutMember.get('/api/partnering/glossary')).statusCode).toBe(403);
    expect((await w.anonymous.get('/api/partnering/glossary')).statusCode).toBe(401);
  });

  it('add a Chinese synonym: the process matches with it at once and stored profiles get it in the background', async () => {
    const before = await w.chineseMember.post('/api/partnering/profiles', chineseOffer(w.chinese.id, w.direction('medical_biotechnology'), {
      title: '细胞扩增罐', summary: '我们提供用于干细胞扩增的细胞扩增罐。', description: '', keywords: [],
    }));
    expect(before.statusCode, before.body).toBe(201);
    expect(await conceptsOf(before.json().id)).not.toContain('biotech:bioreactor');
    const [terms, audit] = await rowCounts();

    const added = await w.coordinator.post('/api/partnering/glossary/terms', { conceptId: 'biotech:bioreactor', zh: '细胞扩增罐' });
    expect(added.statusCode, added.body).toBe(201);
    const concept = added.json() as Concept;
    const term = concept.terms.find((t) => t.term === '细胞扩增罐');
    expect(term).toMatchObject({ language: 'zh', added: true });
    expect(await rowCounts()).toEqual([terms! + 1, audit! + 1]);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.entityId, term!.id!));
    expect(entry).toMatchObject({ action: 'create', entityType: 'partnering_glossary_term' });

    await t.jobsSettled();
    expect(await conceptsOf(before.json().id)).toContain('biotech:bioreactor');
    const after = await w.chineseMember.post('/api/partnering/profiles', chineseOffer(w.chinese.id, w.direction('medical_biotechnology'), {
      title: '细胞扩增罐供应', summary: '细胞扩增罐。', description: '', keywords: [],
    }));
    expect(await conceptsOf(after.json().id)).toContain('biotech:bioreactor');
    const found = (await w.coordinator.get(`/api/partnering/glossary?q=${encodeURIComponent('细胞扩增罐')}`)).json().items as Concept[];
    expect(found[0]!.id).toBe('biotech:bioreactor');

    // Removing it: the term is gone from the glossary and, in the background, from the profiles.
    expect((await w.coordinator.delete(`/api/partnering/glossary/terms/${term!.id}`)).statusCode).toBe(204);
    await t.jobsSettled();
    expect(await conceptsOf(before.json().id)).not.toContain('biotech:bioreactor');
    const [removal] = await db().select().from(auditLog).where(eq(auditLog.action, 'delete'));
    expect(removal).toMatchObject({ entityType: 'partnering_glossary_term', entityId: term!.id });
    expect((await w.coordinator.delete(`/api/partnering/glossary/terms/${term!.id}`)).json().code).toBe('NOT_FOUND');
  });

  it('add a new concept only with a term in each of the three languages', async () => {
    const incomplete = await w.coordinator.post('/api/partnering/glossary/terms', { en: 'ice core drilling', ru: 'бурение ледяных кернов' });
    expect(incomplete.json().code).toBe('GLOSSARY_NEW_CONCEPT_INCOMPLETE');
    const created = await w.coordinator.post('/api/partnering/glossary/terms', { en: 'ice core drilling', ru: 'бурение ледяных кернов', zh: '冰芯钻探' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ id: 'custom:ice_core_drilling', added: true, domain: 'custom' });
    expect(created.json().terms).toHaveLength(3);
    const found = (await w.coordinator.get(`/api/partnering/glossary?q=${encodeURIComponent('冰芯')}`)).json().items as Concept[];
    expect(found.map((c) => c.id)).toContain('custom:ice_core_drilling');
  });

  it.each([
    ['an empty term', { conceptId: 'biotech:bioreactor', zh: '   ' }, 400, 'VALIDATION_FAILED'],
    ['an over-long term', { conceptId: 'biotech:bioreactor', en: 'x'.repeat(81) }, 400, 'VALIDATION_FAILED'],
    ['no term at all', { conceptId: 'biotech:bioreactor' }, 400, 'GLOSSARY_NO_TERM'],
    ['an unknown concept', { conceptId: 'biotech:perpetual_motion', en: 'perpetual motion' }, 404, 'GLOSSARY_CONCEPT_NOT_FOUND'],
    ['a shipped term', { conceptId: 'biotech:vaccine', zh: '生物反应器' }, 409, 'GLOSSARY_TERM_EXISTS'],
    ['a word form of a shipped term', { conceptId: 'biotech:bioreactor', ru: 'биореакторов' }, 409, 'GLOSSARY_TERM_EXISTS'],
    ['a term in another script', { conceptId: 'biotech:bioreactor', en: 'биореактор-2' }, 400, 'GLOSSARY_TERM_INVALID'],
    ['a one-letter term', { conceptId: 'biotech:bioreactor', en: 'b' }, 400, 'GLOSSARY_TERM_INVALID'],
  ])('refuse %s and write nothing', async (_, payload, status, code) => {
    const counts = await rowCounts();
    const response = await w.coordinator.post('/api/partnering/glossary/terms', payload);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().code).toBe(code);
    expect(await rowCounts()).toEqual(counts);
  });

  it('cannot remove a shipped term: it has no row to remove', async () => {
    expect((await w.coordinator.delete('/api/partnering/glossary/terms/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await w.yakutMember.delete('/api/partnering/glossary/terms/00000000-0000-4000-8000-000000000000')).statusCode).toBe(403);
  });
});
