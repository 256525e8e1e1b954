import { agreementObligations, agreements, agreementParties } from '../../db/schema/index';
import { everyone, signedInOnly, type Expected, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';

/** The own agreement (confidential, its party is the caller's organization) is read by its side and the center. */
const ownSide = (status: number, others: Partial<Expected> = {}): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: status, member: status, analyst: 404, ...others });
const foreignSide = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: 404, member: 404, analyst: 404 });
const managersOf = (status: number): Expected => ownSide(status, { park_manager: 403, member: 403 });

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const upload = (agreementId: string) => ({ method: 'POST', url: `/api/agreements/${agreementId}/documents?kind=scan&fileName=scan.pdf`, payload: pdf, headers: { 'content-type': 'application/pdf' } });

async function obligationOf(w: MatrixWorld, agreementId: string, responsibleOrganizationId: string) {
  const [row] = await w.db.insert(agreementObligations).values({ agreementId, textEn: 'Matrix obligation', dueOn: '2030-01-01', responsibleOrganizationId }).returning();
  return row!.id;
}

async function documentOf(w: MatrixWorld, agreementId: string) {
  return (await w.clients.coordinator.request(upload(agreementId))).json().id as string;
}

async function draftOf(w: MatrixWorld) {
  const [row] = await w.db.insert(agreements).values({ kind: 'memorandum', titleEn: 'Matrix draft', status: 'draft', signedOn: '2026-01-10' }).returning();
  await w.db.insert(agreementParties).values({ agreementId: row!.id, organizationId: w.ownOrganization.id });
  return row!.id;
}

export const agreementsMatrix: MatrixRow[] = [
  { route: 'GET /api/agreements', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/agreements?pageSize=200' }), expect: everyone(200) }] },
  {
    route: 'GET /api/agreements/:id',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.ownAgreement.id}` }), expect: { ...everyone(404), admin: 200, coordinator: 200, park_manager: 200, member: 200 } },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.foreignAgreement.id}` }), expect: { ...everyone(404), admin: 200, coordinator: 200 } },
    ],
  },
  { route: 'GET /api/agreements/export', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/agreements/export?format=xlsx' }), expect: signedInOnly(200) }] },
  { route: 'GET /api/obligations/deadlines', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/obligations/deadlines' }), expect: signedInOnly(200) }] },
  {
    route: 'POST /api/agreements',
    cases: [{
      scope: 'own',
      request: (w, role) => ({ method: 'POST', url: '/api/agreements', payload: { kind: 'memorandum', title: { en: `Memorandum of ${role}` }, parties: [{ organizationId: w.ownOrganization.id }] } }),
      expect: { anonymous: 401, admin: 201, coordinator: 201, park_manager: 403, member: 403, analyst: 403 },
    }],
  },
  {
    route: 'PATCH /api/agreements/:id',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'PATCH', url: `/api/agreements/${w.ownAgreement.id}`, payload: { number: 'M-1' } }), expect: managersOf(200) },
      { scope: 'foreign', request: (w) => ({ method: 'PATCH', url: `/api/agreements/${w.foreignAgreement.id}`, payload: { number: 'M-2' } }), expect: foreignSide(200) },
    ],
  },
  {
    route: 'POST /api/agreements/:id/status',
    cases: [{ scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/agreements/${await draftOf(w)}/status`, payload: { status: 'signed' } }), expect: managersOf(200) }],
  },
  {
    route: 'GET /api/agreements/:id/history',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.ownAgreement.id}/history` }), expect: ownSide(200) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.foreignAgreement.id}/history` }), expect: foreignSide(200) },
    ],
  },
  {
    route: 'GET /api/agreements/:id/obligations',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.ownAgreement.id}/obligations` }), expect: ownSide(200) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.foreignAgreement.id}/obligations` }), expect: foreignSide(200) },
    ],
  },
  {
    route: 'GET /api/agreements/:id/obligations/export',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.ownAgreement.id}/obligations/export` }), expect: ownSide(200) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.foreignAgreement.id}/obligations/export?format=csv` }), expect: foreignSide(200) },
    ],
  },
  {
    route: 'POST /api/agreements/:id/obligations',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'POST', url: `/api/agreements/${w.ownAgreement.id}/obligations`, payload: { text: { en: 'Exchange delegations' }, dueOn: '2030-06-01' } }), expect: managersOf(201) },
      { scope: 'foreign', request: (w) => ({ method: 'POST', url: `/api/agreements/${w.foreignAgreement.id}/obligations`, payload: { text: { en: 'Exchange delegations' }, dueOn: '2030-06-01' } }), expect: foreignSide(201) },
    ],
  },
  {
    route: 'PATCH /api/agreements/:id/obligations/:obligationId',
    cases: [
      // Progress is reported by the responsible party's people (the member, the manager of its park)…
      { scope: 'own', request: async (w) => ({ method: 'PATCH', url: `/api/agreements/${w.ownAgreement.id}/obligations/${await obligationOf(w, w.ownAgreement.id, w.ownOrganization.id)}`, payload: { status: 'in_progress' } }), expect: ownSide(200) },
      // …but the wording and the dates of the roadmap are the center's.
      { scope: 'own', request: async (w) => ({ method: 'PATCH', url: `/api/agreements/${w.ownAgreement.id}/obligations/${await obligationOf(w, w.ownAgreement.id, w.ownOrganization.id)}`, payload: { dueOn: '2031-01-01' } }), expect: managersOf(200) },
      { scope: 'foreign', request: async (w) => ({ method: 'PATCH', url: `/api/agreements/${w.foreignAgreement.id}/obligations/${await obligationOf(w, w.foreignAgreement.id, w.foreignOrganization.id)}`, payload: { status: 'in_progress' } }), expect: foreignSide(200) },
    ],
  },
  {
    route: 'DELETE /api/agreements/:id/obligations/:obligationId',
    cases: [{ scope: 'own', request: async (w) => ({ method: 'DELETE', url: `/api/agreements/${w.ownAgreement.id}/obligations/${await obligationOf(w, w.ownAgreement.id, w.ownOrganization.id)}` }), expect: managersOf(204) }],
  },
  {
    route: 'POST /api/agreements/:id/obligations/:obligationId/comments',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/agreements/${w.ownAgreement.id}/obligations/${await obligationOf(w, w.ownAgreement.id, w.ownOrganization.id)}/comments`, payload: { text: 'On track' } }), expect: ownSide(201) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/agreements/${w.foreignAgreement.id}/obligations/${await obligationOf(w, w.foreignAgreement.id, w.foreignOrganization.id)}/comments`, payload: { text: 'On track' } }), expect: foreignSide(201) },
    ],
  },
  {
    route: 'GET /api/agreements/:id/documents',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.ownAgreement.id}/documents` }), expect: ownSide(200) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/agreements/${w.foreignAgreement.id}/documents` }), expect: foreignSide(200) },
    ],
  },
  {
    route: 'POST /api/agreements/:id/documents',
    cases: [
      { scope: 'own', request: (w) => upload(w.ownAgreement.id), expect: ownSide(201) },
      { scope: 'foreign', request: (w) => upload(w.foreignAgreement.id), expect: foreignSide(201) },
    ],
  },
  {
    route: 'POST /api/agreements/:id/documents/:documentId/versions',
    cases: [
      { scope: 'own', request: async (w) => ({ ...upload(w.ownAgreement.id), url: `/api/agreements/${w.ownAgreement.id}/documents/${await documentOf(w, w.ownAgreement.id)}/versions?fileName=v2.pdf` }), expect: ownSide(201) },
      { scope: 'foreign', request: async (w) => ({ ...upload(w.foreignAgreement.id), url: `/api/agreements/${w.foreignAgreement.id}/documents/${await documentOf(w, w.foreignAgreement.id)}/versions?fileName=v2.pdf` }), expect: foreignSide(201) },
    ],
  },
  {
    route: 'GET /api/agreements/:id/documents/:documentId/versions/:version',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'GET', url: `/api/agreements/${w.ownAgreement.id}/documents/${await documentOf(w, w.ownAgreement.id)}/versions/1` }), expect: ownSide(200) },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/agreements/${w.foreignAgreement.id}/documents/${await documentOf(w, w.foreignAgreement.id)}/versions/1` }), expect: foreignSide(200) },
    ],
  },
  { route: 'GET /api/calendar-feeds', cases: [{ scope: 'own', request: () => ({ method: 'GET', url: '/api/calendar-feeds' }), expect: signedInOnly(200) }] },
  {
    route: 'POST /api/calendar-feeds',
    cases: [
      { scope: 'own', request: () => ({ method: 'POST', url: '/api/calendar-feeds', payload: {} }), expect: signedInOnly(201) },
      { scope: 'foreign', request: (w) => ({ method: 'POST', url: '/api/calendar-feeds', payload: { agreementId: w.foreignAgreement.id } }), expect: foreignSide(201) },
    ],
  },
  {
    route: 'DELETE /api/calendar-feeds/:id',
    cases: [
      { scope: 'own', request: async (_w, role, client) => ({ method: 'DELETE', url: `/api/calendar-feeds/${role === 'anonymous' ? '00000000-0000-4000-8000-000000000000' : (await client.post('/api/calendar-feeds', {})).json().id}` }), expect: signedInOnly(204) },
      { scope: 'foreign', request: async (w) => ({ method: 'DELETE', url: `/api/calendar-feeds/${(await w.clients.analyst.post('/api/calendar-feeds', {})).json().id}` }), expect: { anonymous: 401, admin: 404, coordinator: 404, park_manager: 404, member: 404, analyst: 204 } },
    ],
  },
  {
    route: 'GET /api/calendar/:feed',
    cases: [
      // The URL is the credential: whoever holds it reads the owner's feed, signed in or not.
      { scope: 'any', request: async (w) => ({ method: 'GET', url: (await w.clients.member.post('/api/calendar-feeds', {})).json().url }), expect: everyone(200) },
      { scope: 'any', request: () => ({ method: 'GET', url: '/api/calendar/not-a-real-token-at-all-0000.ics' }), expect: everyone(404) },
    ],
  },
];
