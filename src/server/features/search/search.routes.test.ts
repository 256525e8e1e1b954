import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from '../../demo/demo-users';
import { createDemoTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let coordinator: TestClient;
beforeAll(async () => {
  t = await createDemoTestApp();
  coordinator = await new TestClient(t.app).login(demoUsers.find((u) => u.role === 'coordinator')!.email, DEMO_PASSWORD);
});
afterAll(async () => t.close());

type Hit = { organization: { id: string; name: { ru: string | null; en: string | null; zh: string | null } }; matchedBy: string[]; snippet: { text: string; highlights: [number, number][] } | null };
const search = async (client: TestClient, q: string, extra = '') => (await client.get(`/api/search?q=${encodeURIComponent(q)}&pageSize=100${extra}`)).json();
const ids = (result: { organizations: { items: Hit[] } }) => new Set(result.organizations.items.map((h) => h.organization.id));

describe('search across languages', () => {
  it('finds the biotech residents from Russian, English and Chinese alike', async () => {
    const ru = await search(coordinator, 'биотехнологии');
    const en = await search(coordinator, 'biotechnology');
    const zh = await search(coordinator, '生物技术');
    expect(ru.organizations.total).toBeGreaterThan(10);
    for (const result of [en, zh]) {
      expect(result.organizations.total).toBeGreaterThan(10);
      const overlap = [...ids(result)].filter((id) => ids(ru).has(id));
      expect(overlap.length / ids(ru).size).toBeGreaterThan(0.8);
    }
    expect(zh.organizations.items.some((h: Hit) => h.matchedBy.includes('direction'))).toBe(true);
    expect(ru.organizations.facets.direction[0].label.ru).toMatch(/иотехнолог/);
  });

  it('finds a name written in another script or with a typo', async () => {
    const result = await search(coordinator, 'Velikiy Kamen');
    const names = result.organizations.items.map((h: Hit) => h.organization.name.ru ?? '');
    expect(names.slice(0, 3).join(' | ')).toMatch(/Великий камень/);
    const typo = await search(coordinator, 'Квартал труду');
    expect(typo.organizations.items[0].organization.name.ru).toMatch(/Квартал труда/);
  });

  it('marks the words found in the snippet', async () => {
    const result = await search(coordinator, 'biotechnology');
    const hit = result.organizations.items.find((h: Hit) => h.snippet && h.snippet.highlights.length > 0);
    expect(hit).toBeDefined();
    const [start, end] = hit.snippet.highlights[0];
    expect(hit.snippet.text.slice(start, end).toLowerCase()).toMatch(/^biotech/);
  });

  it('narrows by facets and counts them', async () => {
    const all = await search(coordinator, 'biotechnology');
    const china = all.organizations.facets.country.find((f: { value: string }) => f.value === 'CN');
    expect(china.count).toBeGreaterThan(0);
    const narrowed = await search(coordinator, 'biotechnology', '&country=CN');
    expect(narrowed.organizations.total).toBe(china.count);
    expect(narrowed.organizations.facets.country).toEqual([{ value: 'CN', count: china.count }]);
  });

  it('shows anonymous visitors only what is published', async () => {
    const anonymous = await search(new TestClient(t.app), 'biotechnology');
    const signedIn = await search(coordinator, 'biotechnology');
    expect(anonymous.organizations.total).toBeLessThanOrEqual(signedIn.organizations.total);
    const visibilities = new Set(anonymous.organizations.items.map((h: { organization: { visibility: string } }) => h.organization.visibility));
    expect([...visibilities]).toEqual(['public']);
  });

  it('filters the organization list by a direction together with its branch', async () => {
    const directions: { id: string; code: string; parentId: string | null }[] = (await coordinator.get('/api/directions')).json().items;
    const biotechnology = directions.find((d) => d.code === 'biotechnology')!;
    const industrial = directions.find((d) => d.code === 'industrial_biotechnology')!;
    const branch = (await coordinator.get(`/api/organizations?directionId=${biotechnology.id}&pageSize=200`)).json();
    const leaf = (await coordinator.get(`/api/organizations?directionId=${industrial.id}&pageSize=200`)).json();
    expect(leaf.total).toBeGreaterThan(0);
    expect(branch.total).toBeGreaterThan(leaf.total);
    const branchIds = new Set(branch.items.map((o: { id: string }) => o.id));
    expect(leaf.items.every((o: { id: string }) => branchIds.has(o.id))).toBe(true);
  });

  it('uses the same search in the organization list', async () => {
    const list = (await coordinator.get(`/api/organizations?q=${encodeURIComponent('生物技术')}&pageSize=5`)).json();
    expect(list.total).toBeGreaterThan(10);
    expect((await coordinator.get('/api/search?q=')).json().code).toBe('VALIDATION_FAILED');
  });
});

describe('keyset pages', () => {
  type Walked = { ids: string[]; pages: number };
  /** Follows nextCursor from the first page to the last, the way the pages' "next" does. */
  async function walk<Body, Item>(path: string, itemsOf: (body: Body) => { items: Item[]; nextCursor: string | null }, idOf: (item: Item) => string): Promise<Walked> {
    const walked: Walked = { ids: [], pages: 0 };
    let cursor: string | null = null;
    do {
      const body = (await coordinator.get(`${path}${cursor ? `&after=${cursor}` : ''}`)).json() as Body;
      const page = itemsOf(body);
      walked.ids.push(...page.items.map(idOf));
      walked.pages += 1;
      cursor = page.nextCursor;
    } while (cursor && walked.pages < 100);
    return walked;
  }

  it('walks a search page by page to the same hits, in the same order, as one long page', async () => {
    const q = encodeURIComponent('биотехнологии');
    const whole = (await search(coordinator, 'биотехнологии')).organizations;
    const walked = await walk(`/api/search?q=${q}&pageSize=7`, (body: { organizations: { items: Hit[]; nextCursor: string | null } }) => body.organizations, (hit) => hit.organization.id);
    expect(walked.pages).toBe(Math.ceil(whole.total / 7));
    expect(walked.ids).toEqual(whole.items.map((h: Hit) => h.organization.id));
  });

  it.each(['name', '-name', 'country', '-kind'])('walks the organization list sorted by %s without a gap or a repeat', async (sort) => {
    const whole = (await coordinator.get(`/api/organizations?sort=${sort}&pageSize=200`)).json();
    const walked = await walk(`/api/organizations?sort=${sort}&pageSize=9`, (body: { items: { id: string }[]; nextCursor: string | null }) => body, (organization) => organization.id);
    const second = (await coordinator.get(`/api/organizations?sort=${sort}&pageSize=200&page=2`)).json();
    const third = (await coordinator.get(`/api/organizations?sort=${sort}&pageSize=200&page=3`)).json();
    const byOffset = [...whole.items, ...second.items, ...third.items].map((o: { id: string }) => o.id);
    expect(whole.total).toBeGreaterThan(200);
    expect(whole.total).toBeLessThanOrEqual(600);
    expect(walked.ids).toEqual(byOffset);
    expect(new Set(walked.ids).size).toBe(whole.total);
  });

  it('refuses a cursor it did not hand out', async () => {
    for (const cursor of ['not-a-cursor', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      const response = await coordinator.get(`/api/organizations?after=${cursor}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('INVALID_CURSOR');
    }
    expect((await coordinator.get(`/api/search?q=x&after=${Buffer.from('["a","b","c"]').toString('base64url')}`)).json().code).toBe('INVALID_CURSOR');
  });
});
