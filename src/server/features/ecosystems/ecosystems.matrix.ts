import { ecosystemMemberships } from '../../db/schema/index';
import { createOrganization } from '../../test-support/factories';
import { everyone, type Expected, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';

// Writes: the project management center and the park's own manager; a foreign park's manager is refused.
const keepers = (status: number, parkManager: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: parkManager, member: 403, analyst: 403 });

/** Each role writes its own entry, so one role's write never changes what the next one meets. */
async function freshMembership(world: MatrixWorld, park: 'own' | 'foreign') {
  const organization = await createOrganization(world.db, { visibility: 'public' });
  const ecosystemId = park === 'own' ? world.ownPark.id : world.foreignPark.id;
  const [row] = await world.db.insert(ecosystemMemberships).values({ ecosystemId, organizationId: organization.id, status: 'applicant', dateFrom: '2025-01-10' }).returning();
  return row!;
}

async function admission(world: MatrixWorld, park: 'own' | 'foreign') {
  const organization = await createOrganization(world.db, { visibility: 'public' });
  const ecosystemId = park === 'own' ? world.ownPark.id : world.foreignPark.id;
  return { method: 'POST', url: `/api/ecosystems/${ecosystemId}/memberships`, payload: { organizationId: organization.id, status: 'applicant', dateFrom: '2025-02-01' } };
}

export const ecosystemsMatrix: MatrixRow[] = [
  { route: 'GET /api/ecosystems', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/ecosystems' }), expect: everyone(200) }] },
  {
    route: 'GET /api/ecosystems/:id',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/ecosystems/${w.ownPark.id}` }), expect: everyone(200) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/ecosystems/${w.foreignPark.id}` }), expect: everyone(200) },
      // A company is no ecosystem, whoever asks (and a private one is not even seen).
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/ecosystems/${w.ownOrganization.id}` }), expect: everyone(404) },
    ],
  },
  {
    route: 'GET /api/ecosystems/:id/members',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/ecosystems/${w.ownPark.id}/members` }), expect: everyone(200) },
      // Q's private resident is left out and its network resident's figures are hidden (checked on every body).
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/ecosystems/${w.foreignPark.id}/members?pageSize=200` }), expect: everyone(200) },
    ],
  },
  {
    route: 'GET /api/ecosystems/:id/members/export',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/ecosystems/${w.ownPark.id}/members/export?format=csv` }), expect: everyone(200) },
      // CSV, so the sentinel scan reads the figures: Q's residents' figures stay out of every role's file.
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/ecosystems/${w.foreignPark.id}/members/export?format=csv` }), expect: everyone(200) },
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/ecosystems/${w.ownOrganization.id}/members/export?format=xlsx` }), expect: everyone(404) },
    ],
  },
  {
    route: 'POST /api/ecosystems/:id/memberships',
    cases: [
      { scope: 'own', request: (w) => admission(w, 'own'), expect: keepers(201, 201) },
      { scope: 'foreign', request: (w) => admission(w, 'foreign'), expect: keepers(201, 403) },
    ],
  },
  {
    route: 'PATCH /api/memberships/:id',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'PATCH', url: `/api/memberships/${(await freshMembership(w, 'own')).id}`, payload: { status: 'resident' } }), expect: keepers(200, 200) },
      { scope: 'foreign', request: async (w) => ({ method: 'PATCH', url: `/api/memberships/${(await freshMembership(w, 'foreign')).id}`, payload: { status: 'resident' } }), expect: keepers(200, 403) },
    ],
  },
  {
    route: 'DELETE /api/memberships/:id',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'DELETE', url: `/api/memberships/${(await freshMembership(w, 'own')).id}` }), expect: keepers(204, 204) },
      { scope: 'foreign', request: async (w) => ({ method: 'DELETE', url: `/api/memberships/${(await freshMembership(w, 'foreign')).id}` }), expect: keepers(204, 403) },
    ],
  },
];
