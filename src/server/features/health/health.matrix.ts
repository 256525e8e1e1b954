import { everyone, type MatrixRow } from '../../test-support/authorization/matrix';

const publicGet = (url: string, status = 200): MatrixRow => ({ route: `GET ${url}`, cases: [{ scope: 'any', request: () => ({ method: 'GET', url }), expect: everyone(status) }] });

/** The health check and the API's own description are public. */
export const healthMatrix: MatrixRow[] = [
  publicGet('/api/health'),
  publicGet('/api/openapi.json'),
  publicGet('/api/docs'),
  publicGet('/api/docs/json'),
  publicGet('/api/docs/yaml'),
  publicGet('/api/docs/static/index.html', 302),
  publicGet('/api/docs/static/swagger-initializer.js'),
  { route: 'GET /api/docs/static/*', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/docs/static/swagger-ui.css' }), expect: everyone(200) }] },
];
