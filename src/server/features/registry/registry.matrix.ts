import { createOrganization } from '../../test-support/factories';
import { everyone, signedInOnly, type Expected, type MatrixRow } from '../../test-support/authorization/matrix';

const seenBy = (roles: Partial<Expected>): Expected => ({ ...everyone(404), admin: 200, coordinator: 200, ...roles });
const editors = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: 403, member: 403, analyst: 403 });

export const registryMatrix: MatrixRow[] = [
  { route: 'GET /api/directions', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/directions' }), expect: everyone(200) }] },
  { route: 'GET /api/organizations', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/organizations?pageSize=200' }), expect: everyone(200) }] },
  // Signed-in only; which rows and which private figures appear is checked by the body scan below.
  { route: 'GET /api/organizations/export', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/organizations/export?format=csv' }), expect: signedInOnly(200) }] },
  {
    route: 'GET /api/organizations/:id',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/organizations/${w.ownOrganization.id}` }), expect: seenBy({ park_manager: 200, member: 200 }) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/organizations/${w.foreignOrganization.id}` }), expect: seenBy({}) },
      // Network-visible: signed-in users read it, but its private figures stay hidden (checked on every body).
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/organizations/${w.foreignNetworkOrganization.id}` }), expect: seenBy({ park_manager: 200, member: 200, analyst: 200 }) },
    ],
  },
  {
    route: 'POST /api/organizations',
    cases: [{
      scope: 'any',
      request: (_w, role) => ({ method: 'POST', url: '/api/organizations', payload: { name: { en: `New company of ${role}` }, kind: 'company', country: 'RU', confirmNotDuplicate: true } }),
      expect: { ...editors(201), park_manager: 201 },
    }],
  },
  {
    route: 'PATCH /api/organizations/:id',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'PATCH', url: `/api/organizations/${w.ownOrganization.id}`, payload: { description: { ru: 'Обновлено', en: null, zh: null } } }), expect: { ...editors(200), park_manager: 200, member: 200, analyst: 404, anonymous: 401 } },
      { scope: 'foreign', request: (w) => ({ method: 'PATCH', url: `/api/organizations/${w.foreignOrganization.id}`, payload: { foundedYear: 2001 } }), expect: { ...editors(200), park_manager: 404, member: 404, analyst: 404 } },
      { scope: 'foreign', request: (w) => ({ method: 'PATCH', url: `/api/organizations/${w.foreignNetworkOrganization.id}`, payload: { foundedYear: 2002 } }), expect: editors(200) },
    ],
  },
  {
    route: 'POST /api/organizations/:id/merge',
    cases: [{
      scope: 'any',
      request: async (w, role) => {
        const from = await createOrganization(w.db, { nameEn: `Merge source of ${role}` });
        const into = await createOrganization(w.db, { nameEn: `Merge target of ${role}` });
        return { method: 'POST', url: `/api/organizations/${from.id}/merge`, payload: { intoId: into.id } };
      },
      expect: editors(200),
    }],
  },
  { route: 'POST /api/organizations/duplicates', cases: [{ scope: 'any', request: () => ({ method: 'POST', url: '/api/organizations/duplicates', payload: { name: { ru: 'Компания', en: null, zh: null } } }), expect: signedInOnly(200) }] },
  {
    route: 'GET /api/organizations/:id/history',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/organizations/${w.ownOrganization.id}/history` }), expect: seenBy({ park_manager: 200, member: 200 }) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/organizations/${w.foreignNetworkOrganization.id}/history` }), expect: { ...seenBy({ park_manager: 403, member: 403, analyst: 403 }) } },
    ],
  },
];

const onePixelPng = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ab5a3bb40000000049454e44ae426082', 'hex');

export const logoMatrix: MatrixRow[] = [
  {
    route: 'PUT /api/organizations/:id/logo',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'PUT', url: `/api/organizations/${w.ownOrganization.id}/logo`, payload: onePixelPng, headers: { 'content-type': 'image/png' } }), expect: { ...editors(204), park_manager: 204, member: 204, analyst: 404 } },
      { scope: 'foreign', request: (w) => ({ method: 'PUT', url: `/api/organizations/${w.foreignOrganization.id}/logo`, payload: onePixelPng, headers: { 'content-type': 'image/png' } }), expect: { ...editors(204), park_manager: 404, member: 404, analyst: 404 } },
    ],
  },
  {
    route: 'DELETE /api/organizations/:id/logo',
    cases: [{ scope: 'foreign', request: (w) => ({ method: 'DELETE', url: `/api/organizations/${w.foreignNetworkOrganization.id}/logo` }), expect: editors(204) }],
  },
  {
    route: 'GET /api/organizations/:id/logo',
    // No logo on the network-visible organization: those who may see it learn there is none (404) like those who may not.
    cases: [{ scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/organizations/${w.foreignNetworkOrganization.id}/logo` }), expect: everyone(404) }],
  },
];
