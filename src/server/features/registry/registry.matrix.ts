import { everyone, type Expected, type MatrixRow } from '../../test-support/authorization/matrix';

const seenBy = (roles: Partial<Expected>): Expected => ({ ...everyone(404), admin: 200, coordinator: 200, ...roles });

export const registryMatrix: MatrixRow[] = [
  { route: 'GET /api/directions', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/directions' }), expect: everyone(200) }] },
  { route: 'GET /api/organizations', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/organizations?pageSize=200' }), expect: everyone(200) }] },
  {
    route: 'GET /api/organizations/:id',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/organizations/${w.ownOrganization.id}` }), expect: seenBy({ park_manager: 200, member: 200 }) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/organizations/${w.foreignOrganization.id}` }), expect: seenBy({}) },
      // Network-visible: signed-in users read it, but its private figures stay hidden (checked on every body).
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/organizations/${w.foreignNetworkOrganization.id}` }), expect: seenBy({ park_manager: 200, member: 200, analyst: 200 }) },
    ],
  },
];
