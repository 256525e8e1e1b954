import { everyone, signedInOnly, type MatrixRow } from '../../test-support/authorization/matrix';

const unknownId = '00000000-0000-4000-8000-000000000000';

export const authMatrix: MatrixRow[] = [
  { route: 'GET /api/auth/csrf', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/auth/csrf' }), expect: everyone(200) }] },
  { route: 'GET /api/auth/me', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/auth/me' }), expect: everyone(200) }] },
  {
    route: 'POST /api/auth/login',
    cases: [{ scope: 'any', request: (w) => ({ method: 'POST', url: '/api/auth/login', payload: { email: w.bystander.email, password: 'not the password' } }), expect: everyone(401) }],
  },
  { route: 'POST /api/auth/logout', cases: [{ scope: 'any', freshSession: true, request: () => ({ method: 'POST', url: '/api/auth/logout' }), expect: everyone(204) }] },
  {
    route: 'POST /api/auth/password',
    // A wrong current password proves the request reached the rule without changing anything.
    cases: [{ scope: 'own', request: () => ({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'wrong', newPassword: 'a-new-long-password' } }), expect: signedInOnly(400) }],
  },
  { route: 'PATCH /api/auth/preferences', cases: [{ scope: 'own', request: () => ({ method: 'PATCH', url: '/api/auth/preferences', payload: { language: 'ru' } }), expect: signedInOnly(200) }] },
  { route: 'GET /api/auth/tokens', cases: [{ scope: 'own', request: () => ({ method: 'GET', url: '/api/auth/tokens' }), expect: signedInOnly(200) }] },
  { route: 'POST /api/auth/tokens', cases: [{ scope: 'own', request: () => ({ method: 'POST', url: '/api/auth/tokens', payload: { name: 'matrix' } }), expect: signedInOnly(201) }] },
  {
    route: 'DELETE /api/auth/tokens/:id',
    cases: [
      {
        scope: 'own',
        request: async (_w, role, client) => {
          const id = role === 'anonymous' ? unknownId : (await client.post('/api/auth/tokens', { name: 'to revoke' })).json().id;
          return { method: 'DELETE', url: `/api/auth/tokens/${id}` };
        },
        expect: signedInOnly(204),
      },
      { scope: 'foreign', request: (w) => ({ method: 'DELETE', url: `/api/auth/tokens/${w.foreignTokenId}` }), expect: signedInOnly(404) },
    ],
  },
];
