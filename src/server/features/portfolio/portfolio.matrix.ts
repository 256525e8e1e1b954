import { randomUUID } from 'node:crypto';
import { portfolios, projectChangeRequests, projectEcosystems, projectParticipants, projectReports, projects } from '../../db/schema/index';
import { signedInOnly, type Expected, type MatrixRole, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';

/**
 * The own project: of the park manager's park, the member's organization takes part and the member
 * manages it, the analyst curates it. The foreign one: of the other park, nobody of the caller's side.
 */
const reads = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: status, member: status, analyst: status });
const foreignReads = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: 404, member: 404, analyst: status });
const edits = (status: number): Expected => ({ ...reads(status), analyst: 403 });
const foreignEdits = (status: number): Expected => ({ ...foreignReads(status), analyst: 403 });
/** Stage gates, reviews and change decisions: the center and the curator (the analyst, in the own project). */
const governs = (status: number): Expected => ({ ...reads(status), park_manager: 403, member: 403 });
const foreignGoverns = (status: number): Expected => ({ ...foreignReads(status), analyst: 403 });
const center = (status: number): Expected => ({ anonymous: 401, admin: status, coordinator: status, park_manager: 403, member: 403, analyst: 403 });

const portfolioOf = new WeakMap<MatrixWorld, string>();
async function portfolioId(w: MatrixWorld) {
  if (!portfolioOf.has(w)) {
    const [row] = await w.db.insert(portfolios).values({ code: `M-${randomUUID().slice(0, 8)}`, nameEn: 'Matrix portfolio' }).returning();
    portfolioOf.set(w, row!.id);
  }
  return portfolioOf.get(w)!;
}

/** A fresh project, so that writes of one role do not change what the next one meets. */
async function projectOf(w: MatrixWorld, side: 'own' | 'foreign') {
  const own = side === 'own';
  const [row] = await w.db.insert(projects).values({
    portfolioId: await portfolioId(w), code: `MX-${randomUUID().slice(0, 8)}`, shortNameEn: `${side} project`, startsOn: '2024-01-01', endsOn: '2030-12-31',
    stage: 'initiation', managerUserId: own ? w.users.member.id : null, curatorUserId: own ? w.users.analyst.id : null,
  }).returning();
  await w.db.insert(projectEcosystems).values({ projectId: row!.id, ecosystemId: own ? w.ownPark.id : w.foreignPark.id });
  await w.db.insert(projectParticipants).values({ projectId: row!.id, organizationId: own ? w.ownOrganization.id : w.foreignOrganization.id, role: 'Executor' });
  return row!.id;
}

async function reportOf(w: MatrixWorld, projectId: string) {
  const [row] = await w.db.insert(projectReports).values({ projectId, periodKind: 'quarter', year: 2025, periodIndex: 1, status: 'submitted', rag: 'green', justification: 'On track', firstSubmittedAt: new Date(), submittedAt: new Date() }).returning();
  return row!.id;
}

async function changeRequestOf(w: MatrixWorld, projectId: string) {
  const [row] = await w.db.insert(projectChangeRequests).values({ projectId, baseVersion: 1, justification: 'Matrix', changes: { resultDeadlines: [], controlPointDates: [], effect: { uncoveredTargets: [], movedResults: [], movedControlPoints: [] } } }).returning();
  return row!.id;
}

const sides = ['own', 'foreign'] as const;
const bySide = (own: Expected, foreign: Expected) => (side: 'own' | 'foreign') => (side === 'own' ? own : foreign);

/** One case per side, each on a fresh project. */
function onProject(method: string, path: string, expectOf: (side: 'own' | 'foreign') => Expected, payload?: (w: MatrixWorld, id: string, role: MatrixRole) => unknown | Promise<unknown>) {
  return sides.map((side) => ({
    scope: side,
    request: async (w: MatrixWorld, role: MatrixRole) => {
      const id = await projectOf(w, side);
      return { method, url: `/api/projects/${id}${path}`, ...(payload ? { payload: await payload(w, id, role) } : {}) };
    },
    expect: expectOf(side),
  }));
}

const quarter = { periodKind: 'quarter', year: 2025, periodIndex: 2, rag: 'green', justification: 'On track' };
const change = { baseVersion: 1, justification: 'Later start of trials', controlPointDates: [] };

export const portfolioMatrix: MatrixRow[] = [
  { route: 'GET /api/portfolios', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/portfolios' }), expect: signedInOnly(200) }] },
  { route: 'POST /api/portfolios', cases: [{ scope: 'any', request: (_w, role) => ({ method: 'POST', url: '/api/portfolios', payload: { code: `P-${role}-${randomUUID().slice(0, 6)}`, name: { en: 'Portfolio' } } }), expect: center(201) }] },
  { route: 'POST /api/programs', cases: [{ scope: 'any', request: async (w, role) => ({ method: 'POST', url: '/api/programs', payload: { portfolioId: await portfolioId(w), code: `G-${role}-${randomUUID().slice(0, 6)}`, name: { en: 'Program' } } }), expect: center(201) }] },
  { route: 'GET /api/portfolio/overview', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/portfolio/overview' }), expect: signedInOnly(200) }] },
  {
    route: 'POST /api/projects',
    cases: sides.map((side) => ({
      scope: side,
      request: async (w: MatrixWorld, role: MatrixRole) => ({
        method: 'POST', url: '/api/projects',
        payload: { portfolioId: await portfolioId(w), code: `N-${role}-${randomUUID().slice(0, 6)}`, shortName: { en: 'New' }, fullName: { en: 'New project' }, startsOn: '2026-01-01', endsOn: '2027-12-31', ecosystemIds: [side === 'own' ? w.ownPark.id : w.foreignPark.id] },
      }),
      // A park manager registers projects of their own park only.
      expect: side === 'own' ? { ...center(201), park_manager: 201 } : center(201),
    })),
  },
  { route: 'GET /api/projects/:id', cases: onProject('GET', '', bySide(reads(200), foreignReads(200))) },
  { route: 'PATCH /api/projects/:id', cases: onProject('PATCH', '', bySide(edits(200), foreignEdits(200)), () => ({ goal: { en: 'Sharper goal' } })) },
  { route: 'POST /api/projects/:id/stage', cases: onProject('POST', '/stage', bySide(governs(200), foreignGoverns(200)), () => ({ stage: 'planning' })) },
  { route: 'PUT /api/projects/:id/results', cases: onProject('PUT', '/results', bySide(edits(200), foreignEdits(200)), () => ({ items: [{ key: 'R1', name: { en: 'Prototype' }, kind: 'product', dueOn: '2027-06-30' }] })) },
  { route: 'PUT /api/projects/:id/control-points', cases: onProject('PUT', '/control-points', bySide(edits(200), foreignEdits(200)), () => ({ items: [{ key: 'CP1', title: { en: 'Kick-off' }, dueOn: '2026-03-01' }] })) },
  { route: 'PUT /api/projects/:id/budget', cases: onProject('PUT', '/budget', bySide(edits(200), foreignEdits(200)), () => ({ items: [{ year: 2026, source: 'federal', planRub: 1000 }] })) },
  { route: 'PUT /api/projects/:id/risks', cases: onProject('PUT', '/risks', bySide(edits(200), foreignEdits(200)), () => ({ items: [{ description: 'Delay', probability: 2, impact: 3 }] })) },
  { route: 'GET /api/projects/:id/reports', cases: onProject('GET', '/reports', bySide(reads(200), foreignReads(200))) },
  { route: 'POST /api/projects/:id/reports', cases: onProject('POST', '/reports', bySide(edits(201), foreignEdits(201)), () => quarter) },
  {
    route: 'POST /api/projects/:id/reports/:reportId/review',
    cases: sides.map((side) => ({
      scope: side,
      request: async (w: MatrixWorld) => {
        const id = await projectOf(w, side);
        return { method: 'POST', url: `/api/projects/${id}/reports/${await reportOf(w, id)}/review`, payload: { decision: 'approve' } };
      },
      expect: side === 'own' ? governs(200) : foreignGoverns(200),
    })),
  },
  { route: 'GET /api/projects/:id/change-requests', cases: onProject('GET', '/change-requests', bySide(reads(200), foreignReads(200))) },
  { route: 'POST /api/projects/:id/change-requests/preview', cases: onProject('POST', '/change-requests/preview', bySide(edits(200), foreignEdits(200)), () => change) },
  { route: 'POST /api/projects/:id/change-requests', cases: onProject('POST', '/change-requests', bySide(edits(201), foreignEdits(201)), () => change) },
  {
    route: 'POST /api/projects/:id/change-requests/:requestId/decision',
    cases: sides.map((side) => ({
      scope: side,
      request: async (w: MatrixWorld) => {
        const id = await projectOf(w, side);
        return { method: 'POST', url: `/api/projects/${id}/change-requests/${await changeRequestOf(w, id)}/decision`, payload: { decision: 'reject' } };
      },
      expect: side === 'own' ? governs(200) : foreignGoverns(200),
    })),
  },
  { route: 'GET /api/projects/:id/people', cases: onProject('GET', '/people', bySide(edits(200), foreignEdits(200))) },
  { route: 'GET /api/projects/:id/versions', cases: onProject('GET', '/versions', bySide(reads(200), foreignReads(200))) },
  { route: 'GET /api/projects/:id/passport.xlsx', cases: onProject('GET', '/passport.xlsx', bySide(reads(200), foreignReads(200))) },
  { route: 'GET /api/projects/:id/history', cases: onProject('GET', '/history', bySide(reads(200), foreignReads(200))) },
];
