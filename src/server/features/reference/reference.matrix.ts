import { everyone, type MatrixRow } from '../../test-support/authorization/matrix';

/** Lists of values are public: the catalog's filters need them before anyone signs in. */
export const referenceMatrix: MatrixRow[] = [
  { route: 'GET /api/countries', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/countries' }), expect: everyone(200) }] },
];
