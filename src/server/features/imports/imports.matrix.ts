import type { MatrixWorld } from '../../test-support/authorization/matrix-world';
import type { TestClient } from '../../test-support/test-app';
import { signedInOnly, type Expected, type MatrixRole, type MatrixRow } from '../../test-support/authorization/matrix';

const csv = 'name_en;country;kind\nMatrix Import Co;RU;company\n';
const importers = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: status, member: 403, analyst: 403 });
const unknownId = '00000000-0000-4000-8000-000000000000';

/** An import run of the caller's own (the park manager's into their park); anonymous, members and analysts cannot have one. */
async function ownRun(world: MatrixWorld, role: MatrixRole, client: TestClient): Promise<string> {
  if (role === 'anonymous' || role === 'member' || role === 'analyst') return unknownId;
  const response = await client.request({ method: 'POST', url: `/api/imports?fileName=m.csv&ecosystemId=${world.ownPark.id}`, payload: Buffer.from(csv), headers: { 'content-type': 'text/csv' } });
  return response.json().id;
}

/** A run someone else (the admin) started. */
const foreignRun = async (world: MatrixWorld) => ownRun(world, 'admin', world.clients.admin);

export const importsMatrix: MatrixRow[] = [
  {
    route: 'POST /api/imports',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'POST', url: `/api/imports?fileName=m.csv&ecosystemId=${w.ownPark.id}`, payload: Buffer.from(csv), headers: { 'content-type': 'text/csv' } }), expect: importers(201) },
      { scope: 'foreign', request: (w) => ({ method: 'POST', url: `/api/imports?fileName=m.csv&ecosystemId=${w.foreignPark.id}`, payload: Buffer.from(csv), headers: { 'content-type': 'text/csv' } }), expect: { ...importers(201), park_manager: 403 } },
    ],
  },
  { route: 'GET /api/imports', cases: [{ scope: 'own', request: () => ({ method: 'GET', url: '/api/imports' }), expect: signedInOnly(200) }] },
  {
    route: 'GET /api/imports/:id',
    cases: [
      { scope: 'own', request: async (w, role, client) => ({ method: 'GET', url: `/api/imports/${await ownRun(w, role, client)}` }), expect: { ...importers(200), member: 404, analyst: 404 } },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/imports/${await foreignRun(w)}` }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 404, member: 404, analyst: 404 } },
    ],
  },
  {
    route: 'POST /api/imports/:id/check',
    cases: [
      { scope: 'own', request: async (w, role, client) => ({ method: 'POST', url: `/api/imports/${await ownRun(w, role, client)}/check`, payload: { mapping: { name_en: 'name_en', country: 'country', kind: 'kind' } } }), expect: { ...importers(200), member: 404, analyst: 404 } },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/imports/${await foreignRun(w)}/check`, payload: { mapping: {} } }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 404, member: 404, analyst: 404 } },
    ],
  },
  {
    route: 'POST /api/imports/:id/commit',
    // Not yet checked: those who may reach the run are told it is not ready; the others do not find it.
    cases: [{ scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/imports/${await foreignRun(w)}/commit` }), expect: { anonymous: 401, admin: 409, coordinator: 409, park_manager: 404, member: 404, analyst: 404 } }],
  },
  { route: 'GET /api/import-presets', cases: [{ scope: 'own', request: () => ({ method: 'GET', url: '/api/import-presets' }), expect: signedInOnly(200) }] },
  { route: 'POST /api/import-presets', cases: [{ scope: 'own', request: () => ({ method: 'POST', url: '/api/import-presets', payload: { name: 'Matrix', mapping: { a: 'name_en' } } }), expect: signedInOnly(201) }] },
  {
    route: 'DELETE /api/import-presets/:id',
    cases: [
      {
        scope: 'own',
        request: async (_w, role, client) => {
          const id = role === 'anonymous' ? unknownId : (await client.post('/api/import-presets', { name: 'To delete', mapping: {} })).json().id;
          return { method: 'DELETE', url: `/api/import-presets/${id}` };
        },
        expect: signedInOnly(204),
      },
      {
        scope: 'foreign',
        request: async (w) => ({ method: 'DELETE', url: `/api/import-presets/${(await w.clients.admin.post('/api/import-presets', { name: 'Admin preset', mapping: {} })).json().id}` }),
        expect: { ...signedInOnly(404), admin: 204 },
      },
    ],
  },
];
