import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from '../../demo/demo-users';
import { createDemoTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createDemoTestApp();
}, 180_000);
afterAll(async () => t.close());

const loginAs = (role: string) => new TestClient(t.app).login(demoUsers.find((u) => u.role === role)!.email, DEMO_PASSWORD);
type Match = { profile: { id: string; title: string; language: string; organization: unknown }; reasons: string[] };

describe('partnering in the demo world', () => {
  it('publishes offers and requests in Chinese, English and Russian, the anonymous one without its organization', async () => {
    const anonymous = new TestClient(t.app);
    const market = (await anonymous.get('/api/partnering/profiles?pageSize=100')).json();
    const languages = new Set(market.items.map((p: { language: string }) => p.language));
    expect([...languages].sort()).toEqual(['en', 'ru', 'zh']);
    const enzymes = market.items.find((p: { title: string }) => p.title.startsWith('饲料用酶制剂'));
    expect(enzymes).toMatchObject({ anonymous: true, organization: null });
  });

  it('matches the Yakut request for feed enzymes with the Chinese offer, with reasons a person would agree with', async () => {
    const coordinator = await loginAs('coordinator');
    const requests = (await coordinator.get(`/api/partnering/profiles?q=${encodeURIComponent('кормовые добавки')}&type=technology_request`)).json().items;
    const matches = (await coordinator.request({ method: 'GET', url: `/api/partnering/profiles/${requests[0].id}/matches`, headers: {} })).json().items as Match[];
    expect(matches[0]!.profile.title).toBe('饲料用酶制剂与微生物饲料添加剂');
    expect(matches[0]!.reasons.some((r) => /~/.test(r))).toBe(true);
  });

  it('has interests at every step of the funnel, one of them the demo agreement', async () => {
    const coordinator = await loginAs('coordinator');
    const steps = (await coordinator.get('/api/partnering/funnel')).json().steps as { step: string; count: number }[];
    for (const step of ['published', 'interests', 'introductions', 'meetings', 'agreements', 'projects']) {
      expect(steps.find((s) => s.step === step)!.count, step).toBeGreaterThan(0);
    }
    const queue = (await coordinator.get('/api/partnering/interests?box=intermediary')).json().items;
    const agreement = queue.find((i: { status: string }) => i.status === 'agreement');
    expect((await coordinator.get(`/api/agreements/${agreement.agreementId}`)).json().title.ru).toContain('Великий камень');
  });

  it('has a digest of new matches for the demo member\'s company, explained in the reader\'s language', async () => {
    const member = await loginAs('member');
    const digest = (await member.request({ method: 'GET', url: '/api/partnering/digest', headers: { 'accept-language': 'en' } })).json() as { total: number; items: { profile: { title: string }; match: { title: string; anonymous: boolean; organization: unknown }; reasons: string[] }[] };
    expect(digest.total).toBeGreaterThan(0);
    expect(digest.items[0]!.profile.title).toBe('饲料用酶制剂与微生物饲料添加剂');
    expect(digest.items[0]!.reasons.length).toBeGreaterThan(0);
    for (const item of digest.items) if (item.match.anonymous) expect(item.match.organization).toBeNull();
  });
});
