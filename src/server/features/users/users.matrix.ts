import { adminOnly, type MatrixRow } from '../../test-support/authorization/matrix';

export const usersMatrix: MatrixRow[] = [
  { route: 'GET /api/users', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/users' }), expect: adminOnly(200) }] },
  {
    route: 'POST /api/users',
    cases: [{ scope: 'any', request: (_w, role) => ({ method: 'POST', url: '/api/users', payload: { email: `created-by-${role}@matrix.test`, fullName: 'Created', password: 'a-long-enough-password' } }), expect: adminOnly(201) }],
  },
  {
    route: 'GET /api/users/:id',
    cases: [
      { scope: 'own', request: (w, role) => ({ method: 'GET', url: `/api/users/${role === 'anonymous' ? w.bystander.id : w.users[role].id}` }), expect: adminOnly(200) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/users/${w.bystander.id}` }), expect: adminOnly(200) },
    ],
  },
  {
    route: 'PATCH /api/users/:id',
    cases: [
      { scope: 'own', request: (w, role) => ({ method: 'PATCH', url: `/api/users/${role === 'anonymous' ? w.bystander.id : w.users[role].id}`, payload: { fullName: 'Renamed' } }), expect: adminOnly(200) },
      { scope: 'foreign', request: (w) => ({ method: 'PATCH', url: `/api/users/${w.bystander.id}`, payload: { roles: [{ role: 'admin', scopeOrganizationId: null }] } }), expect: adminOnly(200) },
    ],
  },
  {
    route: 'POST /api/users/:id/password',
    cases: [{ scope: 'foreign', request: (w) => ({ method: 'POST', url: `/api/users/${w.bystander.id}/password`, payload: { newPassword: 'set-by-the-matrix' } }), expect: adminOnly(204) }],
  },
];
