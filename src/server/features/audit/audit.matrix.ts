import { adminAndCoordinator, type MatrixRow } from '../../test-support/authorization/matrix';

export const auditMatrix: MatrixRow[] = [
  { route: 'GET /api/audit', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/audit' }), expect: adminAndCoordinator(200) }] },
];
