import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/test-app';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { buildPartneringWorld, chineseOffer, publishProfile, russianRequest } from './test-world';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildPartneringWorld>>;
let offerId: string;
let requestId: string;

const publish = (author: TestClient, payload: Record<string, unknown>) => publishProfile(w.coordinator, author, payload);

beforeAll(async () => {
  t = await createTestApp();
  w = await buildPartneringWorld(t);
  offerId = await publish(w.chineseMember, chineseOffer(w.chinese.id, w.direction('medical_biotechnology')));
  requestId = await publish(w.yakutMember, russianRequest(w.yakut.id, w.direction('medical_biotechnology')));
  // Noise: an unrelated offer in another branch, and another request (never a match for a request).
  await publish(w.otherMember, { organizationId: w.other.id, type: 'technology_offer', title: 'Basalt fibre reinforcement for roads', summary: 'Basalt fibre rebar for road construction in cold climates.', description: 'We produce basalt fibre composite rebar that replaces steel in road construction and bridges, resists corrosion and frost, and weighs a quarter of steel. Certified for use in Belarus and Russia; we seek distributors and licensees for manufacturing in new regions.', directionIds: [w.direction('new_materials')], trl: 9, partnershipTypes: ['supply_distribution'] });
  await publish(w.otherMember, { ...russianRequest(w.other.id, w.direction('medical_biotechnology')), title: 'Ищем биореакторы тоже' });
}, 180_000);
afterAll(async () => t.close());

describe('matches', () => {
  it('finds the Chinese offer for the Russian request, explained in the reader\'s language', async () => {
    const response = await w.yakutMember.request({ method: 'GET', url: `/api/partnering/profiles/${requestId}/matches`, headers: { 'accept-language': 'ru' } });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as { profile: { id: string; type: string; organization: unknown }; score: number; reasons: string[] }[];
    expect(items[0]!.profile.id).toBe(offerId);
    expect(items.every((m) => m.profile.type === 'technology_offer')).toBe(true);
    expect(items[0]!.profile.organization).toBeNull();
    const reasons = items[0]!.reasons.join(' | ');
    expect(reasons).toContain('оба в направлении: Биотехнологии → Медицинские биотехнологии');
    expect(reasons).toMatch(/ваше «биореактор\S*» ~ их «生物反应器»/u);
    expect(reasons).toContain('УГТ 7 соответствует запрошенному ≥ 6');
    expect(reasons).toContain('обе стороны ищут: лицензия, совместное предприятие');
  });

  it('explains the same match to a Chinese reader in Chinese, from the other side', async () => {
    const response = await w.chineseMember.request({ method: 'GET', url: `/api/partnering/profiles/${offerId}/matches`, headers: { 'accept-language': 'zh' } });
    const items = response.json().items as { profile: { id: string }; reasons: string[] }[];
    expect(items.map((m) => m.profile.id)).toContain(requestId);
    const reasons = items.find((m) => m.profile.id === requestId)!.reasons.join(' | ');
    expect(reasons).toContain('同属方向：生物技术 → 医学生物技术');
    expect(reasons).toMatch(/您的“生物反应器” ~ 对方的“биореактор\S*”/u);
  });

  it('refuses a request matched against a request', async () => {
    const others = (await w.anonymous.get('/api/partnering/profiles?type=technology_request')).json().items as { id: string }[];
    const otherRequest = others.find((p) => p.id !== requestId)!;
    const response = await w.yakutMember.get(`/api/partnering/profiles/${requestId}/matches/${otherRequest.id}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('NOT_COMPLEMENTARY');
    const pair = (await w.yakutMember.get(`/api/partnering/profiles/${requestId}/matches/${offerId}`)).json();
    expect(pair.signals.map((s: { signal: string }) => s.signal)).toEqual(['directions', 'glossary', 'text', 'trl', 'partnership', 'geography']);
    expect(pair.score).toBeGreaterThan(0.5);
  });

  it('previews the matches of an unsaved draft for an English-speaking coordinator, respecting target countries', async () => {
    const draft = { ...russianRequest(w.yakut.id, w.direction('medical_biotechnology')), title: 'Seeking single-use bioreactors', summary: 'We seek bioreactors and cell culture technology for cell therapy.', description: 'A Yakut company seeks single-use bioreactors, serum-free media and stem cell culture technology under a licence or a joint venture.', keywords: [] };
    const found = (await w.coordinator.post('/api/partnering/matches/preview', { ...draft, targetCountries: ['CN'] })).json().items as { profile: { id: string }; reasons: string[] }[];
    expect(found[0]!.profile.id).toBe(offerId);
    expect(found[0]!.reasons.join(' | ')).toMatch(/your 'bioreactors' ~ their '生物反应器'/u);
    expect(found[0]!.reasons.join(' | ')).toContain('in a target country: China');
    const elsewhere = (await w.coordinator.post('/api/partnering/matches/preview', { ...draft, targetCountries: ['DE'] })).json().items;
    expect(elsewhere).toEqual([]);
  });
});
