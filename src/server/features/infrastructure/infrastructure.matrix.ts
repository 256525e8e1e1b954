import { infrastructureObjects, investorRequests } from '../../db/schema/index';
import { everyone, signedInOnly, type Expected, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';
import { newWithdrawalToken } from './investor-request-erasure';

/** Managers of the park and the center manage; the rest are refused, anonymous callers asked to sign in. */
const managers = (status: number, others: Partial<Expected> = {}): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: status, member: 403, analyst: 403, ...others });
const center = (status: number, others: Partial<Expected> = {}): Expected => managers(status, { park_manager: 403, ...others });

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

async function objectOf(w: MatrixWorld, ecosystemId: string, status: 'available' | 'occupied') {
  const [row] = await w.db.insert(infrastructureObjects).values({
    ecosystemId, type: 'office', nameEn: `Matrix ${status} office`, latitude: 54.0, longitude: 28.0, area: 120, areaUnit: 'm2', areaM2: 120, dealType: 'lease', status,
  }).returning();
  return row!.id;
}

async function requestTo(w: MatrixWorld, ecosystemId: string, withdrawalTokenHash: string | null = null) {
  const [row] = await w.db.insert(investorRequests).values({
    ecosystemId, withdrawalTokenHash, contactName: 'Matrix Investor', contactEmail: 'investor@matrix.test', message: 'Need 500 m² of warehouse', consentGivenAt: new Date(), consentWording: 'matrix', language: 'en',
  }).returning();
  return row!.id;
}

async function photoOf(w: MatrixWorld, objectId: string) {
  return (await w.clients.coordinator.request({ method: 'POST', url: `/api/infrastructure/${objectId}/photos`, payload: png, headers: { 'content-type': 'image/png' } })).json().id as string;
}

/** A request whose sender holds the returned token. */
async function tokenOfRequestTo(w: MatrixWorld, ecosystemId: string) {
  const { token, hash } = newWithdrawalToken();
  await requestTo(w, ecosystemId, hash);
  return token;
}

async function objectWithPhotos(w: MatrixWorld, ecosystemId: string) {
  const id = await objectOf(w, ecosystemId, 'available');
  const photoIds = [await photoOf(w, id), await photoOf(w, id)];
  return { id, photoIds: photoIds.reverse() };
}

const newResident = { outcome: 'resident_registered', newOrganization: { name: { en: 'Matrix Resident' }, country: 'CN' } };

const newObject = (ecosystemId: string) => ({ ecosystemId, type: 'warehouse', name: { en: 'Matrix warehouse' }, latitude: 53.9, longitude: 27.9, area: 2, areaUnit: 'ha', dealType: 'lease' });
const anonymousRequest = (ecosystemId: string) => ({ ecosystemId, contactName: 'Li Wei', contactEmail: 'li.wei@example.cn', message: 'Looking for a production site', consentToProcessing: true });

export const infrastructureMatrix: MatrixRow[] = [
  { route: 'GET /api/infrastructure', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/infrastructure?pageSize=200' }), expect: everyone(200) }] },
  {
    route: 'GET /api/infrastructure/:id',
    cases: [
      // Occupied objects are the park's and the center's to see; available ones are public.
      { scope: 'own', request: async (w) => ({ method: 'GET', url: `/api/infrastructure/${await objectOf(w, w.ownPark.id, 'occupied')}` }), expect: { ...everyone(404), admin: 200, coordinator: 200, park_manager: 200 } },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/infrastructure/${await objectOf(w, w.foreignPark.id, 'occupied')}` }), expect: { ...everyone(404), admin: 200, coordinator: 200 } },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/infrastructure/${await objectOf(w, w.foreignPark.id, 'available')}` }), expect: everyone(200) },
    ],
  },
  {
    route: 'GET /api/infrastructure/occupancy',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/infrastructure/occupancy?ecosystemId=${w.ownPark.id}` }), expect: managers(200, { analyst: 200 }) },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/infrastructure/occupancy?ecosystemId=${w.foreignPark.id}` }), expect: center(200, { analyst: 200 }) },
    ],
  },
  {
    route: 'POST /api/infrastructure',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'POST', url: '/api/infrastructure', payload: newObject(w.ownPark.id) }), expect: managers(201) },
      { scope: 'foreign', request: (w) => ({ method: 'POST', url: '/api/infrastructure', payload: newObject(w.foreignPark.id) }), expect: center(201) },
    ],
  },
  {
    route: 'PATCH /api/infrastructure/:id',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'PATCH', url: `/api/infrastructure/${await objectOf(w, w.ownPark.id, 'available')}`, payload: { status: 'reserved' } }), expect: managers(200) },
      { scope: 'foreign', request: async (w) => ({ method: 'PATCH', url: `/api/infrastructure/${await objectOf(w, w.foreignPark.id, 'available')}`, payload: { unitsFree: 3 } }), expect: center(200) },
    ],
  },
  {
    route: 'POST /api/infrastructure/:id/photos',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/infrastructure/${await objectOf(w, w.ownPark.id, 'available')}/photos`, payload: png, headers: { 'content-type': 'image/png' } }), expect: managers(201) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/infrastructure/${await objectOf(w, w.foreignPark.id, 'available')}/photos`, payload: png, headers: { 'content-type': 'image/png' } }), expect: center(201) },
    ],
  },
  {
    route: 'GET /api/infrastructure/:id/photos/:photoId',
    cases: [
      { scope: 'foreign', request: async (w) => { const id = await objectOf(w, w.foreignPark.id, 'available'); return { method: 'GET', url: `/api/infrastructure/${id}/photos/${await photoOf(w, id)}` }; }, expect: everyone(200) },
      { scope: 'foreign', request: async (w) => { const id = await objectOf(w, w.foreignPark.id, 'occupied'); return { method: 'GET', url: `/api/infrastructure/${id}/photos/${await photoOf(w, id)}` }; }, expect: { ...everyone(404), admin: 200, coordinator: 200 } },
    ],
  },
  {
    route: 'PUT /api/infrastructure/:id/photos/order',
    cases: [
      { scope: 'own', request: async (w) => { const { id, photoIds } = await objectWithPhotos(w, w.ownPark.id); return { method: 'PUT', url: `/api/infrastructure/${id}/photos/order`, payload: { photoIds } }; }, expect: managers(200) },
      { scope: 'foreign', request: async (w) => { const { id, photoIds } = await objectWithPhotos(w, w.foreignPark.id); return { method: 'PUT', url: `/api/infrastructure/${id}/photos/order`, payload: { photoIds } }; }, expect: center(200) },
    ],
  },
  {
    route: 'DELETE /api/infrastructure/:id/photos/:photoId',
    cases: [
      { scope: 'own', request: async (w) => { const id = await objectOf(w, w.ownPark.id, 'available'); return { method: 'DELETE', url: `/api/infrastructure/${id}/photos/${await photoOf(w, id)}` }; }, expect: managers(204) },
      { scope: 'foreign', request: async (w) => { const id = await objectOf(w, w.foreignPark.id, 'available'); return { method: 'DELETE', url: `/api/infrastructure/${id}/photos/${await photoOf(w, id)}` }; }, expect: center(204) },
    ],
  },
  // Anyone may ask a park for space: anonymous senders with a contact and a consent.
  { route: 'POST /api/investor-requests', cases: [{ scope: 'any', request: (w) => ({ method: 'POST', url: '/api/investor-requests', payload: anonymousRequest(w.ownPark.id) }), expect: everyone(201) }] },
  { route: 'GET /api/investor-requests', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/investor-requests?pageSize=200' }), expect: signedInOnly(200) }] },
  {
    route: 'GET /api/investor-requests/:id',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'GET', url: `/api/investor-requests/${await requestTo(w, w.ownPark.id)}` }), expect: managers(200, { member: 404, analyst: 404 }) },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/investor-requests/${await requestTo(w, w.foreignPark.id)}` }), expect: center(200, { park_manager: 404, member: 404, analyst: 404 }) },
    ],
  },
  {
    route: 'POST /api/investor-requests/:id/responses',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/investor-requests/${await requestTo(w, w.ownPark.id)}/responses`, payload: { message: 'We have a warehouse for you' } }), expect: managers(200, { member: 404, analyst: 404 }) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/investor-requests/${await requestTo(w, w.foreignPark.id)}/responses`, payload: { message: 'We have a warehouse for you' } }), expect: center(200, { park_manager: 404, member: 404, analyst: 404 }) },
    ],
  },
  {
    route: 'POST /api/investor-requests/:id/outcome',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/investor-requests/${await requestTo(w, w.ownPark.id)}/outcome`, payload: { outcome: 'declined', reason: 'No land of this size' } }), expect: managers(200, { member: 404, analyst: 404 }) },
      // Registering a resident writes the park's register: a new organization for the own park, an existing resident linked for the foreign one.
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/investor-requests/${await requestTo(w, w.ownPark.id)}/outcome`, payload: newResident }), expect: managers(200, { member: 404, analyst: 404 }) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/investor-requests/${await requestTo(w, w.foreignPark.id)}/outcome`, payload: { outcome: 'resident_registered', residentOrganizationId: w.foreignNetworkOrganization.id } }), expect: center(200, { park_manager: 404, member: 404, analyst: 404 }) },
    ],
  },
  {
    route: 'POST /api/investor-requests/:id/consent-withdrawal',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/investor-requests/${await requestTo(w, w.ownPark.id)}/consent-withdrawal` }), expect: managers(200, { member: 404, analyst: 404 }) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/investor-requests/${await requestTo(w, w.foreignPark.id)}/consent-withdrawal` }), expect: center(200, { park_manager: 404, member: 404, analyst: 404 }) },
    ],
  },
  // The token is the sender's proof: whoever holds it withdraws, signed in or not.
  { route: 'POST /api/investor-requests/consent-withdrawal', cases: [{ scope: 'any', request: async (w) => ({ method: 'POST', url: '/api/investor-requests/consent-withdrawal', payload: { token: await tokenOfRequestTo(w, w.foreignPark.id) } }), expect: everyone(204) }] },
];
