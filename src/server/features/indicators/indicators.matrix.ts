import { everyone, signedInOnly, type MatrixRow } from '../../test-support/authorization/matrix';

export const indicatorsMatrix: MatrixRow[] = [
  { route: 'GET /api/indicators', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/indicators' }), expect: everyone(200) }] },
  {
    route: 'GET /api/indicators/:id',
    cases: [
      { scope: 'any', request: (w) => ({ method: 'GET', url: `/api/indicators/${w.regionalIndicator.id}` }), expect: everyone(200) },
      { scope: 'any', request: (w) => ({ method: 'GET', url: `/api/indicators/${w.projectIndicator.id}` }), expect: { ...signedInOnly(200), anonymous: 404 } },
    ],
  },
];
