import { everyone, type MatrixRow } from '../../test-support/authorization/matrix';

export const agreementsMatrix: MatrixRow[] = [
  { route: 'GET /api/agreements', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/agreements?pageSize=200' }), expect: everyone(200) }] },
  {
    route: 'GET /api/agreements/:id',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.ownAgreement.id}` }), expect: { ...everyone(404), admin: 200, coordinator: 200, park_manager: 200, member: 200 } },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.foreignAgreement.id}` }), expect: { ...everyone(404), admin: 200, coordinator: 200 } },
    ],
  },
];
