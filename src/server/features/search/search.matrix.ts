import { everyone, type MatrixRow } from '../../test-support/authorization/matrix';

export const searchMatrix: MatrixRow[] = [
  // Everyone searches; each feature's read policy decides what is found (the body check proves no private figure leaks).
  { route: 'GET /api/search', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/search?q=company' }), expect: everyone(200) }] },
];
