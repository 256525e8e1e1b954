/**
 * What the soak client sends: the read endpoints of each family, found on the demo world by
 * reading it as an admin first, and the writes that create rows (organizations, contacts,
 * obligation comments) with unique data. Each role only sends the reads it is allowed: a pair
 * that does not answer 200 when tried once before the run is left out (and listed in the report).
 */
import type { Client, Session } from './soak-http';

export const families = ['organizations', 'ecosystems', 'agreements', 'portfolio', 'indicators', 'partnering', 'events', 'infrastructure', 'public'] as const;
export type Family = (typeof families)[number];
/** `variants` distinct paths (e.g. one per id); `path(turn)` cycles through them. */
export type ReadTemplate = { family: Family; name: string; anonymous?: boolean; variants: number; path: (turn: number) => string };
export type World = Record<'organizations' | 'ecosystems' | 'agreements' | 'projects' | 'profiles' | 'events' | 'infrastructure', string[]> & { obligations: { agreementId: string; id: string }[] };

const idsOf = (body: string, key = 'items') => ((JSON.parse(body) as Record<string, { id: string }[]>)[key] ?? []).map((item) => item.id);
const pick = <T>(list: T[], turn: number): T => list[turn % list.length]!;
/** Ids tried per role before the run: enough to spread the load over many rows. */
const many = (list: unknown[]) => Math.min(list.length, 20);

export async function discoverWorld(client: Client, admin: Session): Promise<World> {
  const read = async (path: string) => {
    const answer = await client.send('GET', path, { headers: { cookie: admin.cookie }, readBody: true });
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status} during discovery`);
    return answer.body;
  };
  const agreements = idsOf(await read('/api/agreements?pageSize=100'));
  const obligations: World['obligations'] = [];
  for (const agreementId of agreements) {
    for (const id of idsOf(await read(`/api/agreements/${agreementId}/obligations`))) obligations.push({ agreementId, id });
  }
  return {
    organizations: idsOf(await read('/api/organizations?pageSize=100')),
    ecosystems: idsOf(await read('/api/ecosystems')),
    agreements,
    obligations,
    projects: idsOf(await read('/api/portfolio/overview?pageSize=50')),
    profiles: idsOf(await read('/api/partnering/profiles?pageSize=50')),
    events: idsOf(await read('/api/events')),
    infrastructure: idsOf(await read('/api/infrastructure')),
  };
}

const searches = ['tech', 'био', '科技', 'park', 'медицин'];
const profileSearches = ['bioreactor', 'инвестиции', 'AI', '技术'];

export function readTemplates(world: World): ReadTemplate[] {
  return [
    { family: 'organizations', name: 'list', variants: 4, path: (t) => `/api/organizations?page=${(t % 4) + 1}&pageSize=25` },
    { family: 'organizations', name: 'search', variants: searches.length, path: (t) => `/api/organizations?q=${encodeURIComponent(pick(searches, t))}&pageSize=25` },
    { family: 'organizations', name: 'page', variants: many(world.organizations), path: (t) => `/api/organizations/${pick(world.organizations, t)}` },
    { family: 'ecosystems', name: 'list', variants: 1, path: () => '/api/ecosystems' },
    { family: 'ecosystems', name: 'page', variants: many(world.ecosystems), path: (t) => `/api/ecosystems/${pick(world.ecosystems, t)}` },
    { family: 'ecosystems', name: 'members', variants: many(world.ecosystems), path: (t) => `/api/ecosystems/${pick(world.ecosystems, t)}/members` },
    { family: 'agreements', name: 'list', variants: 1, path: () => '/api/agreements?pageSize=25' },
    { family: 'agreements', name: 'page', variants: many(world.agreements), path: (t) => `/api/agreements/${pick(world.agreements, t)}` },
    { family: 'agreements', name: 'roadmap', variants: many(world.agreements), path: (t) => `/api/agreements/${pick(world.agreements, t)}/obligations` },
    { family: 'portfolio', name: 'overview', variants: 1, path: () => '/api/portfolio/overview?pageSize=50' },
    { family: 'portfolio', name: 'project', variants: many(world.projects), path: (t) => `/api/projects/${pick(world.projects, t)}` },
    { family: 'indicators', name: 'strategic dashboard', variants: 1, path: () => '/api/indicators/strategic' },
    { family: 'indicators', name: 'list', variants: 1, path: () => '/api/indicators' },
    { family: 'partnering', name: 'marketplace', variants: 1, path: () => '/api/partnering/profiles' },
    { family: 'partnering', name: 'search', variants: profileSearches.length, path: (t) => `/api/partnering/profiles?q=${encodeURIComponent(pick(profileSearches, t))}` },
    { family: 'partnering', name: 'matches', variants: many(world.profiles), path: (t) => `/api/partnering/profiles/${pick(world.profiles, t)}/matches` },
    { family: 'events', name: 'list', variants: 1, path: () => '/api/events' },
    { family: 'events', name: 'page', variants: many(world.events), path: (t) => `/api/events/${pick(world.events, t)}` },
    { family: 'infrastructure', name: 'catalog', variants: 1, path: () => '/api/infrastructure' },
    { family: 'infrastructure', name: 'object', variants: many(world.infrastructure), path: (t) => `/api/infrastructure/${pick(world.infrastructure, t)}` },
    { family: 'public', name: 'infrastructure', anonymous: true, variants: 1, path: () => '/api/infrastructure' },
    { family: 'public', name: 'marketplace', anonymous: true, variants: 1, path: () => '/api/partnering/profiles' },
    { family: 'public', name: 'events', anonymous: true, variants: 1, path: () => '/api/events' },
  ];
}

export type WriteRequest = { kind: 'organization' | 'contact' | 'comment'; path: string; json: unknown };

/**
 * A write that creates a row; `unique` makes names and addresses distinct across the whole run.
 * New organizations are sent as the form sends them after the user has looked at the likely
 * duplicates (names that differ only by a number are likely duplicates of each other).
 */
export function writeRequest(world: World, turn: number, unique: string): WriteRequest {
  // Comments are one write in ten: each answer carries the whole roadmap, which they make grow.
  const kind = turn % 10 === 0 ? 'comment' : turn % 2 === 1 ? 'organization' : 'contact';
  if (kind === 'organization') {
    return { kind, path: '/api/organizations', json: { name: { ru: `ООО «Нагрузка ${unique}»`, en: `Soak Load ${unique} LLC`, zh: null }, kind: 'company', country: 'RU', confirmNotDuplicate: true } };
  }
  if (kind === 'contact') {
    return {
      kind,
      path: `/api/organizations/${pick(world.organizations, turn)}/contacts`,
      json: {
        fullName: { ru: `Контакт ${unique}`, en: `Contact ${unique}` },
        email: `soak.${unique}@example.org`,
        consents: { processing: { purpose: 'Cooperation within the network of the center', scope: 'name, email', givenOn: '2026-11-01', source: 'Load test form' } },
      },
    };
  }
  const obligation = pick(world.obligations, turn);
  return { kind, path: `/api/agreements/${obligation.agreementId}/obligations/${obligation.id}/comments`, json: { text: `Load comment ${unique}` } };
}
