import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, auditLog, partneringInterests } from '../../db/schema/index';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app';
import { buildPartneringWorld, chineseOffer, publishProfile, russianRequest } from './test-world';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildPartneringWorld>>;
let offerId: string;
let requestId: string;
let draftId: string;
let otherRequestId: string;

const publish = (author: TestClient, payload: Record<string, unknown>) => publishProfile(w.coordinator, author, payload);

beforeAll(async () => {
  t = await createTestApp();
  w = await buildPartneringWorld(t);
  offerId = await publish(w.chineseMember, chineseOffer(w.chinese.id, w.direction('medical_biotechnology')));
  requestId = await publish(w.yakutMember, russianRequest(w.yakut.id, w.direction('medical_biotechnology')));
  otherRequestId = await publish(w.otherMember, russianRequest(w.other.id, w.direction('medical_biotechnology')));
  draftId = (await w.chineseMember.post('/api/partnering/profiles', chineseOffer(w.chinese.id, w.direction('medical_biotechnology')))).json().id;
}, 180_000);
afterAll(async () => t.close());

const counts = async () => {
  const [i] = await t.connection.db.select({ value: count() }).from(partneringInterests);
  const [a] = await t.connection.db.select({ value: count() }).from(auditLog);
  return [i?.value, a?.value];
};

describe('the funnel', () => {
  it('routes an interest in an anonymous profile through the intermediary, then to a meeting and an agreement', async () => {
    const sent = await w.yakutMember.post('/api/partnering/interests', { fromProfileId: requestId, toProfileId: offerId, message: 'Готовы обсудить лицензию на биореакторы.' });
    expect(sent.statusCode, sent.body).toBe(201);
    const interest = sent.json();
    expect(interest).toMatchObject({ status: 'sent', routedTo: 'intermediary', toOrganization: null, canIntroduce: false });

    // The owner does not see it before the introduction; the park's manager does, with both names.
    expect((await w.chineseMember.get('/api/partnering/interests?box=inbox')).json().items).toEqual([]);
    const queue = (await w.parkManager.get('/api/partnering/interests?box=intermediary')).json().items;
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ canIntroduce: true, toOrganization: { id: w.chinese.id }, fromOrganization: { id: w.yakut.id } });
    expect((await w.yakutMember.post(`/api/partnering/interests/${interest.id}/introduce`, {})).statusCode).toBe(403);

    const introduced = (await w.parkManager.post(`/api/partnering/interests/${interest.id}/introduce`, { note: 'Познакомил стороны на форуме' })).json();
    expect(introduced).toMatchObject({ status: 'introduced', introductionNote: 'Познакомил стороны на форуме' });
    expect(introduced.introducedAt).not.toBeNull();
    expect((await w.yakutMember.get(`/api/partnering/interests/${interest.id}`)).json().toOrganization.id).toBe(w.chinese.id);
    const inbox = (await w.chineseMember.get('/api/partnering/interests?box=inbox')).json().items;
    expect(inbox.map((i: { id: string }) => i.id)).toEqual([interest.id]);

    const meeting = (await w.chineseMember.post(`/api/partnering/interests/${interest.id}/meeting`, { on: '2026-12-10', format: 'online', notes: '讨论许可条款' })).json();
    expect(meeting).toMatchObject({ status: 'meeting', meetingOn: '2026-12-10', meetingFormat: 'online' });

    const noLink = await w.yakutMember.post(`/api/partnering/interests/${interest.id}/outcome`, { outcome: 'agreement' });
    expect(noLink.json().code).toBe('OUTCOME_LINK_REQUIRED');
    const [agreement] = await t.connection.db.insert(agreements).values({ kind: 'licence', titleEn: 'Bioreactor licence', status: 'signed' }).returning();
    const done = (await w.yakutMember.post(`/api/partnering/interests/${interest.id}/outcome`, { outcome: 'agreement', agreementId: agreement!.id })).json();
    expect(done).toMatchObject({ status: 'agreement', agreementId: agreement!.id });

    const audit = (await t.connection.db.select().from(auditLog).orderBy(auditLog.id)).filter((e) => e.entityId === interest.id).map((e) => e.action);
    expect(audit).toEqual(['create', 'introduce', 'meeting', 'outcome']);

    const funnel = (await w.coordinator.get('/api/partnering/funnel')).json().steps as { step: string; count: number; conversion: number | null }[];
    const byStep = Object.fromEntries(funnel.map((s) => [s.step, s.count]));
    expect(byStep).toMatchObject({ published: 3, interests: 1, introductions: 1, meetings: 1, agreements: 1, projects: 0 });
    expect(funnel.find((s) => s.step === 'agreements')!.conversion).toBe(1);
    expect((await w.yakutMember.get('/api/partnering/funnel')).statusCode).toBe(403);
  });

  it('refuses bad expressions of interest and writes nothing', async () => {
    // A second open interest for the same pair, after a first one is open.
    const first = await w.otherMember.post('/api/partnering/interests', { fromProfileId: otherRequestId, toProfileId: offerId, message: 'Интересно' });
    expect(first.statusCode).toBe(201);
    const before = await counts();
    const cases: [TestClient, Record<string, unknown>, string][] = [
      [w.otherMember, { fromProfileId: otherRequestId, toProfileId: offerId, message: 'Ещё раз' }, 'INTEREST_ALREADY_OPEN'],
      [w.chineseMember, { fromProfileId: offerId, toProfileId: draftId, message: '自己' }, 'INTEREST_IN_OWN_PROFILE'],
      [w.yakutMember, { fromProfileId: requestId, toProfileId: draftId, message: 'Черновик' }, 'PROFILE_NOT_PUBLISHED'],
      [w.yakutMember, { fromProfileId: requestId, toProfileId: otherRequestId, message: 'Запрос к запросу' }, 'NOT_COMPLEMENTARY'],
    ];
    for (const [client, payload, code] of cases) {
      const response = await client.post('/api/partnering/interests', payload);
      expect(response.json().code, code).toBe(code);
    }
    expect((await w.yakutMember.post('/api/partnering/interests', { fromProfileId: otherRequestId, toProfileId: offerId, message: 'Чужой профиль' })).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    // A closed interest frees the pair for a new one.
    const closed = await w.parkManager.post(`/api/partnering/interests/${first.json().id}/outcome`, { outcome: 'closed', reason: 'Нет бюджета' });
    expect(closed.json()).toMatchObject({ status: 'closed', closedReason: 'Нет бюджета' });
    expect((await w.otherMember.post('/api/partnering/interests', { fromProfileId: otherRequestId, toProfileId: offerId, message: 'Снова' })).statusCode).toBe(201);
  });
});
