import { personConsents, persons } from '../../db/schema/index';
import { everyone, type Expected, type MatrixRole, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';

/**
 * Contacts in the two-park world. Own: a contact of A (park P). Foreign: of B (private, park Q) and
 * of C (network-visible, park Q). The foreign contacts carry the world's sentinels in their phones
 * and have no consent to dissemination, so a body that shows one to anybody but an admin or a
 * coordinator fails the matrix's leak check.
 */
type Side = 'own' | 'foreign' | 'foreignNetwork';

const consent = { purpose: 'Matrix', scope: 'all fields', givenOn: '2025-01-01', source: 'matrix' };
const phones: Record<Side, string> = { own: '+71234567001', foreign: '+77770011001', foreignNetwork: '+79990022001' };
const created = new WeakMap<MatrixWorld, Partial<Record<string, string>>>();

function organizationOf(world: MatrixWorld, side: Side) {
  return side === 'own' ? world.ownOrganization : side === 'foreign' ? world.foreignOrganization : world.foreignNetworkOrganization;
}

/** A contact with a consent to processing only; `key` makes one per case and role where the request changes it. */
async function contactOf(world: MatrixWorld, side: Side, key = 'shared'): Promise<string> {
  const cache = created.get(world) ?? {};
  created.set(world, cache);
  const cacheKey = `${side}:${key}`;
  if (cache[cacheKey]) return cache[cacheKey];
  const [person] = await world.db.insert(persons).values({
    organizationId: organizationOf(world, side).id, fullNameEn: `Matrix ${side} ${key}`, email: `${side}-${key}@matrix.test`,
    // Only the shared contact carries a sentinel: the per-role ones may get published by the case itself.
    phone: key === 'shared' ? phones[side] : null,
  }).returning();
  await world.db.insert(personConsents).values({ personId: person!.id, kind: 'processing', ...consent });
  cache[cacheKey] = person!.id;
  return person!.id;
}

const contactsOf = (side: Side) => (world: MatrixWorld) => `/api/organizations/${organizationOf(world, side).id}/contacts`;
const newContact = (role: MatrixRole) => ({ fullName: { en: `Added by ${role}` }, consents: { processing: consent } });

/** Readers of A: its member, P's manager, admins and coordinators. Everybody signed in reads C's contact by name. */
const readOwn: Expected = { ...everyone(404), admin: 200, coordinator: 200, park_manager: 200, member: 200 };
const readForeign: Expected = { ...everyone(404), admin: 200, coordinator: 200 };
const readForeignNetwork: Expected = { ...everyone(200), anonymous: 404 };

const writeOwn = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: status, member: status, analyst: 404 });
const writeForeign = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: 404, member: 404, analyst: 404 });
/** C's contacts are visible by name to the network, so those who may not change them are refused, not told "not found". */
const writeForeignNetwork = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: 403, member: 403, analyst: 403 });

const sides: [Side, (status: number) => Expected][] = [['own', writeOwn], ['foreign', writeForeign], ['foreignNetwork', writeForeignNetwork]];
const scopeOf = (side: Side) => (side === 'own' ? 'own' : 'foreign');

export const contactsMatrix: MatrixRow[] = [
  {
    route: 'GET /api/organizations/:id/contacts',
    cases: [
      { scope: 'own', request: async (w) => (await contactOf(w, 'own'), { method: 'GET', url: contactsOf('own')(w) }), expect: readOwn },
      { scope: 'foreign', request: async (w) => (await contactOf(w, 'foreign'), { method: 'GET', url: contactsOf('foreign')(w) }), expect: readForeign },
      { scope: 'foreign', request: async (w) => (await contactOf(w, 'foreignNetwork'), { method: 'GET', url: contactsOf('foreignNetwork')(w) }), expect: readForeignNetwork },
    ],
  },
  {
    route: 'POST /api/organizations/:id/contacts',
    cases: sides.map(([side, expect]) => ({
      scope: scopeOf(side),
      request: (w: MatrixWorld, role: MatrixRole) => ({ method: 'POST', url: contactsOf(side)(w), payload: newContact(role) }),
      expect: expect(201),
    })),
  },
  {
    route: 'PATCH /api/contacts/:id',
    cases: sides.map(([side, expect]) => ({
      scope: scopeOf(side),
      request: async (w: MatrixWorld) => ({ method: 'PATCH', url: `/api/contacts/${await contactOf(w, side)}`, payload: { position: { en: 'Edited' } } }),
      expect: expect(200),
    })),
  },
  {
    route: 'POST /api/contacts/:id/consents',
    cases: sides.map(([side, expect]) => ({
      scope: scopeOf(side),
      request: async (w: MatrixWorld, role: MatrixRole) => ({
        method: 'POST', url: `/api/contacts/${await contactOf(w, side, `consent-${role}`)}/consents`, payload: { kind: 'dissemination', ...consent },
      }),
      expect: expect(200),
    })),
  },
  {
    route: 'POST /api/contacts/:id/withdraw-consent',
    cases: sides.map(([side, expect]) => ({
      scope: scopeOf(side),
      request: async (w: MatrixWorld, role: MatrixRole) => ({
        method: 'POST', url: `/api/contacts/${await contactOf(w, side, `withdraw-${role}`)}/withdraw-consent`, payload: { kind: 'processing' },
      }),
      expect: expect(200),
    })),
  },
];
