import { eq } from 'drizzle-orm';
import { directions, partneringGlossaryTerms, partneringInterests, partneringProfileDirections, partneringProfiles } from '../../db/schema/index';
import { adminAndCoordinator, everyone, signedInOnly, type Expected, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';

/** The owner's side: the center, the park's manager and the company's member; analysts do not see drafts. */
const ownSide = (status: number, others: Partial<Expected> = {}): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: status, member: status, analyst: 404, ...others });
const reviewers = (status: number): Expected => ownSide(status, { member: 403 });

const text = {
  summary: 'Single-use bioreactors for cell therapy and vaccine production, validated at pilot scale.',
  description: 'We manufacture single-use bioreactors from 2 to 200 litres with serum-free media and control software. The technology serves stem cell expansion, cell therapy and vaccine production, and cuts cleaning validation costs. Pilot validation is complete and the device is registered.',
};

async function profileOf(w: MatrixWorld, organizationId: string, status: string, type = 'technology_offer', anonymous = true) {
  const [direction] = await w.db.select().from(directions).where(eq(directions.code, 'medical_biotechnology'));
  const [row] = await w.db.insert(partneringProfiles).values({
    organizationId, type, status, title: 'Bioreactors for cell therapy', ...text, language: 'en', trl: 6, partnershipTypes: ['licence'], anonymous,
    searchText: `Bioreactors for cell therapy ${text.summary}`, concepts: ['biotech:bioreactor', 'biotech:cell_therapy'], directionClosure: [direction!.id, direction!.parentId!],
    publishedAt: status === 'published' ? new Date() : null,
  }).returning();
  await w.db.insert(partneringProfileDirections).values({ profileId: row!.id, directionId: direction!.id });
  return row!.id;
}

/** An interest of the caller's organization (its request) in a foreign, named offer, at the given step. */
async function interestOf(w: MatrixWorld, status: string) {
  const fromProfileId = await profileOf(w, w.ownOrganization.id, 'published', 'technology_request', false);
  const toProfileId = await profileOf(w, w.foreignOrganization.id, 'published', 'technology_offer', false);
  const [row] = await w.db.insert(partneringInterests).values({
    fromProfileId, toProfileId, fromOrganizationId: w.ownOrganization.id, toOrganizationId: w.foreignOrganization.id, message: 'Matrix interest', routedTo: 'owner', status,
    introducedAt: status === 'sent' ? null : new Date(),
  }).returning();
  return row!.id;
}

const draftInput = async (w: MatrixWorld, organizationId: string) => {
  const [direction] = await w.db.select().from(directions).where(eq(directions.code, 'medical_biotechnology'));
  return { organizationId, type: 'technology_request', title: 'Seeking bioreactors', ...text, directionIds: [direction!.id], trl: 5, partnershipTypes: ['licence'] };
};

/** A term of its own for each request, so that every role's addition is new to the glossary. */
let matrixTerms = 0;
const newTerm = () => `matrix vessel ${(matrixTerms += 1)}`;
const addedTermOf = async (w: MatrixWorld) => {
  const [row] = await w.db.insert(partneringGlossaryTerms).values({ concept: 'biotech:bioreactor', language: 'en', term: newTerm() }).returning();
  return row!.id;
};

export const partneringMatrix: MatrixRow[] = [
  { route: 'GET /api/partnering/profiles', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/partnering/profiles' }), expect: everyone(200) }] },
  {
    route: 'POST /api/partnering/profiles',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: '/api/partnering/profiles', payload: await draftInput(w, w.ownOrganization.id) }), expect: ownSide(201, { analyst: 403 }) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: '/api/partnering/profiles', payload: await draftInput(w, w.foreignOrganization.id) }), expect: { anonymous: 401, admin: 201, coordinator: 201, park_manager: 403, member: 403, analyst: 403 } },
    ],
  },
  {
    route: 'GET /api/partnering/profiles/:id',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'GET', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'draft')}` }), expect: ownSide(200, { anonymous: 404 }) },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/partnering/profiles/${await profileOf(w, w.foreignOrganization.id, 'published')}` }), expect: everyone(200) },
    ],
  },
  {
    route: 'PATCH /api/partnering/profiles/:id',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'PATCH', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'draft')}`, payload: { keywords: ['bioreactor'] } }), expect: ownSide(200) },
      { scope: 'foreign', request: async (w) => ({ method: 'PATCH', url: `/api/partnering/profiles/${await profileOf(w, w.foreignOrganization.id, 'draft')}`, payload: { keywords: ['x'] } }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 404, member: 404, analyst: 404 } },
    ],
  },
  { route: 'POST /api/partnering/profiles/:id/submit', cases: [{ scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'draft')}/submit` }), expect: ownSide(200) }] },
  {
    route: 'POST /api/partnering/profiles/:id/start-review',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'submitted')}/start-review` }), expect: reviewers(200) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/partnering/profiles/${await profileOf(w, w.foreignOrganization.id, 'submitted')}/start-review` }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 404, member: 404, analyst: 404 } },
    ],
  },
  {
    route: 'POST /api/partnering/profiles/:id/review',
    cases: [{
      scope: 'own',
      request: async (w) => ({ method: 'POST', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'submitted')}/review`, payload: { scores: { innovation: 4, clarity: 4, expectations: 4, completeness: 4 } } }),
      expect: reviewers(200),
    }],
  },
  {
    route: 'POST /api/partnering/profiles/:id/withdraw',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'published')}/withdraw` }), expect: ownSide(200, { analyst: 403 }) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/partnering/profiles/${await profileOf(w, w.foreignOrganization.id, 'published')}/withdraw` }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 403, member: 403, analyst: 403 } },
    ],
  },
  {
    route: 'POST /api/partnering/profiles/:id/renew',
    cases: [{ scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'published')}/renew`, payload: { expiresOn: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10) } }), expect: ownSide(200, { analyst: 403 }) }],
  },
  {
    route: 'GET /api/partnering/profiles/:id/history',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'GET', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'draft')}/history` }), expect: ownSide(200) },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/partnering/profiles/${await profileOf(w, w.foreignOrganization.id, 'published')}/history` }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 403, member: 403, analyst: 403 } },
    ],
  },
  {
    route: 'GET /api/partnering/profiles/:id/matches',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'GET', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'draft', 'technology_request')}/matches` }), expect: ownSide(200, { anonymous: 404 }) },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/partnering/profiles/${await profileOf(w, w.foreignOrganization.id, 'published')}/matches` }), expect: everyone(200) },
    ],
  },
  {
    route: 'GET /api/partnering/profiles/:id/matches/:otherId',
    cases: [{
      scope: 'foreign',
      request: async (w) => ({ method: 'GET', url: `/api/partnering/profiles/${await profileOf(w, w.ownOrganization.id, 'published', 'technology_request')}/matches/${await profileOf(w, w.foreignOrganization.id, 'published')}` }),
      expect: everyone(200),
    }],
  },
  {
    route: 'POST /api/partnering/matches/preview',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: '/api/partnering/matches/preview', payload: await draftInput(w, w.ownOrganization.id) }), expect: ownSide(200, { analyst: 403 }) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: '/api/partnering/matches/preview', payload: await draftInput(w, w.foreignOrganization.id) }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 403, member: 403, analyst: 403 } },
    ],
  },
  { route: 'GET /api/partnering/interests', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/partnering/interests?box=outbox' }), expect: signedInOnly(200) }] },
  {
    route: 'POST /api/partnering/interests',
    cases: [{
      scope: 'own',
      request: async (w) => ({ method: 'POST', url: '/api/partnering/interests', payload: { fromProfileId: await profileOf(w, w.ownOrganization.id, 'published', 'technology_request'), toProfileId: await profileOf(w, w.foreignOrganization.id, 'published'), message: 'Interested' } }),
      expect: ownSide(201, { analyst: 403 }),
    }],
  },
  { route: 'GET /api/partnering/interests/:id', cases: [{ scope: 'own', request: async (w) => ({ method: 'GET', url: `/api/partnering/interests/${await interestOf(w, 'sent')}` }), expect: ownSide(200) }] },
  // Addressed to the foreign owner: only its side (or the center) accepts; the sender's side cannot.
  { route: 'POST /api/partnering/interests/:id/introduce', cases: [{ scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/partnering/interests/${await interestOf(w, 'sent')}/introduce`, payload: {} }), expect: ownSide(200, { park_manager: 403, member: 403 }) }] },
  { route: 'POST /api/partnering/interests/:id/meeting', cases: [{ scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/partnering/interests/${await interestOf(w, 'introduced')}/meeting`, payload: { on: '2026-12-01', format: 'online' } }), expect: ownSide(200) }] },
  { route: 'POST /api/partnering/interests/:id/outcome', cases: [{ scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/partnering/interests/${await interestOf(w, 'introduced')}/outcome`, payload: { outcome: 'closed', reason: 'No budget' } }), expect: ownSide(200) }] },
  { route: 'GET /api/partnering/funnel', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/partnering/funnel' }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 200, member: 403, analyst: 200 } }] },
  { route: 'GET /api/partnering/review-thresholds', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/partnering/review-thresholds' }), expect: signedInOnly(200) }] },
  { route: 'PUT /api/partnering/review-thresholds', cases: [{ scope: 'any', request: () => ({ method: 'PUT', url: '/api/partnering/review-thresholds', payload: { minTotal: 12, minPerCriterion: 2 } }), expect: adminAndCoordinator(200) }] },
  // Curating the glossary is the center's, like the review thresholds.
  { route: 'GET /api/partnering/glossary', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/partnering/glossary?q=bioreactor' }), expect: adminAndCoordinator(200) }] },
  { route: 'POST /api/partnering/glossary/terms', cases: [{ scope: 'any', request: () => ({ method: 'POST', url: '/api/partnering/glossary/terms', payload: { conceptId: 'biotech:bioreactor', en: newTerm() } }), expect: adminAndCoordinator(201) }] },
  { route: 'DELETE /api/partnering/glossary/terms/:id', cases: [{ scope: 'any', request: async (w) => ({ method: 'DELETE', url: `/api/partnering/glossary/terms/${await addedTermOf(w)}` }), expect: adminAndCoordinator(204) }] },
  // An organization's digest of new matches: read by its side and the center, cleared by its side only.
  {
    route: 'GET /api/partnering/digest',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'GET', url: `/api/partnering/digest?organizationId=${w.ownOrganization.id}` }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 200, member: 200, analyst: 403 } },
      { scope: 'foreign', request: (w) => ({ method: 'GET', url: `/api/partnering/digest?organizationId=${w.foreignOrganization.id}` }), expect: { anonymous: 401, admin: 200, coordinator: 200, park_manager: 403, member: 403, analyst: 403 } },
    ],
  },
  {
    route: 'POST /api/partnering/digest/seen',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'POST', url: '/api/partnering/digest/seen', payload: { organizationId: w.ownOrganization.id } }), expect: { anonymous: 401, admin: 403, coordinator: 403, park_manager: 200, member: 200, analyst: 403 } },
      { scope: 'foreign', request: (w) => ({ method: 'POST', url: '/api/partnering/digest/seen', payload: { organizationId: w.foreignOrganization.id } }), expect: { anonymous: 401, admin: 403, coordinator: 403, park_manager: 403, member: 403, analyst: 403 } },
    ],
  },
];
