import { signedInOnly, type MatrixRow } from '../../test-support/authorization/matrix';

export const dashboardMatrix: MatrixRow[] = [
  { route: 'GET /api/dashboard', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/dashboard' }), expect: signedInOnly(200) }] },
];
