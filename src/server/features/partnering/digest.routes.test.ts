import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/test-app';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { buildPartneringWorld, chineseOffer, publishProfile, russianRequest } from './test-world';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildPartneringWorld>>;
let offerId: string;
let requestId: string;

type Digest = { total: number; items: { profile: { id: string }; match: { id: string; organization: unknown }; reasons: string[]; foundOn: string }[] };

const publish = (author: TestClient, payload: Record<string, unknown>) => publishProfile(w.coordinator, author, payload);

/** The digest once the refresh a publication starts has run (it runs detached from the request). */
async function digestOf(client: TestClient, until: (d: Digest) => boolean, language = 'ru', query = ''): Promise<Digest> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await client.request({ method: 'GET', url: `/api/partnering/digest${query}`, headers: { 'accept-language': language } });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<Digest>();
    if (until(body) || attempt === 100) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildPartneringWorld(t);
  offerId = await publish(w.chineseMember, chineseOffer(w.chinese.id, w.direction('medical_biotechnology')));
  requestId = await publish(w.yakutMember, russianRequest(w.yakut.id, w.direction('medical_biotechnology')));
}, 180_000);
afterAll(async () => t.close());

describe('the digest of new matches', () => {
  it('shows a publication to both sides at once, explained in each reader\'s language, never naming an anonymous side', async () => {
    const yakut = await digestOf(w.yakutMember, (d) => d.total > 0);
    expect(yakut.total).toBe(1);
    expect(yakut.items[0]!.profile.id).toBe(requestId);
    expect(yakut.items[0]!.match.id).toBe(offerId);
    expect(yakut.items[0]!.match.organization).toBeNull();
    expect(yakut.items[0]!.reasons.join(' ')).toMatch(/[а-я]/);

    const chinese = await digestOf(w.chineseMember, (d) => d.total > 0, 'zh');
    expect(chinese.items[0]!.match.id).toBe(requestId);
    expect(chinese.items[0]!.match.organization).not.toBeNull();
    expect(chinese.items[0]!.reasons.join(' ')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lets the center read an organization\'s digest but only its side mark it as seen', async () => {
    expect((await w.coordinator.get(`/api/partnering/digest?organizationId=${w.yakut.id}`)).json<Digest>().total).toBe(1);
    expect((await w.otherMember.get(`/api/partnering/digest?organizationId=${w.yakut.id}`)).json().code).toBe('FORBIDDEN');
    expect((await w.coordinator.post('/api/partnering/digest/seen', { organizationId: w.yakut.id })).statusCode).toBe(403);
    expect((await w.otherMember.post('/api/partnering/digest/seen', { organizationId: w.yakut.id })).statusCode).toBe(403);
    expect((await w.anonymous.get('/api/partnering/digest')).statusCode).toBe(401);

    const seen = await w.yakutMember.post('/api/partnering/digest/seen', {});
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().marked).toBe(1);
    expect((await digestOf(w.yakutMember, () => true)).total).toBe(0);
    // Seen once, a match is not new again when the next refresh finds it.
    await t.app.jobs.definitions.find((d) => d.name === 'partnering-match-digest')!.handler({});
    expect((await digestOf(w.yakutMember, () => true)).total).toBe(0);
  });

  it('drops a match from the digest when the other profile is withdrawn', async () => {
    expect((await digestOf(w.chineseMember, () => true)).total).toBe(1);
    expect((await w.yakutMember.post(`/api/partnering/profiles/${requestId}/withdraw`)).statusCode).toBe(200);
    expect((await digestOf(w.chineseMember, () => true)).total).toBe(0);
  });
});
