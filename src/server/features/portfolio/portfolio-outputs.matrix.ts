import { randomUUID } from 'node:crypto';
import { portfolios, projectEcosystems, projectParticipants, projects } from '../../db/schema/index';
import { everyone, signedInOnly, type Expected, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';

/**
 * The portfolio's outputs: the passport's files are read like the passport, the register and the
 * feeds by every signed-in user for what they read. The own project is of the park manager's park,
 * with the member's organization taking part; the foreign one is of the other park.
 */
const reads = (status: number): Expected => signedInOnly(status);
const foreignReads = (status: number): Expected => ({ ...signedInOnly(status), park_manager: 404, member: 404 });

async function projectOf(w: MatrixWorld, side: 'own' | 'foreign') {
  const own = side === 'own';
  const [portfolio] = await w.db.insert(portfolios).values({ code: `MO-${randomUUID().slice(0, 8)}`, nameEn: 'Outputs portfolio' }).returning();
  const [row] = await w.db.insert(projects).values({
    portfolioId: portfolio!.id, code: `MO-${randomUUID().slice(0, 8)}`, shortNameEn: `${side} project`, startsOn: '2024-01-01', endsOn: '2030-12-31',
    managerUserId: own ? w.users.member.id : null,
  }).returning();
  await w.db.insert(projectEcosystems).values({ projectId: row!.id, ecosystemId: own ? w.ownPark.id : w.foreignPark.id });
  await w.db.insert(projectParticipants).values({ projectId: row!.id, organizationId: own ? w.ownOrganization.id : w.foreignOrganization.id, role: 'Executor' });
  return row!.id;
}

const absent = '00000000-0000-4000-8000-000000000000';

export const portfolioOutputsMatrix: MatrixRow[] = [
  {
    route: 'GET /api/projects/:id/passport.docx',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'GET', url: `/api/projects/${await projectOf(w, 'own')}/passport.docx` }), expect: reads(200) },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/projects/${await projectOf(w, 'foreign')}/passport.docx` }), expect: foreignReads(200) },
    ],
  },
  // Everyone signed in gets a register of what they read; the filters narrow it, never widen it.
  { route: 'GET /api/portfolio/register.xlsx', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/portfolio/register.xlsx?stage=execution' }), expect: signedInOnly(200) }] },
  { route: 'GET /api/portfolio/calendar-feeds', cases: [{ scope: 'own', request: () => ({ method: 'GET', url: '/api/portfolio/calendar-feeds' }), expect: signedInOnly(200) }] },
  {
    route: 'POST /api/portfolio/calendar-feeds',
    cases: [
      { scope: 'own', request: () => ({ method: 'POST', url: '/api/portfolio/calendar-feeds', payload: {} }), expect: signedInOnly(201) },
      { scope: 'own', request: async (w) => ({ method: 'POST', url: '/api/portfolio/calendar-feeds', payload: { projectId: await projectOf(w, 'own') } }), expect: reads(201) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: '/api/portfolio/calendar-feeds', payload: { projectId: await projectOf(w, 'foreign') } }), expect: foreignReads(201) },
    ],
  },
  {
    route: 'DELETE /api/portfolio/calendar-feeds/:id',
    cases: [
      { scope: 'own', request: async (_w, role, client) => ({ method: 'DELETE', url: `/api/portfolio/calendar-feeds/${role === 'anonymous' ? absent : (await client.post('/api/portfolio/calendar-feeds', {})).json().id}` }), expect: signedInOnly(204) },
      { scope: 'foreign', request: async (w) => ({ method: 'DELETE', url: `/api/portfolio/calendar-feeds/${(await w.clients.analyst.post('/api/portfolio/calendar-feeds', {})).json().id}` }), expect: { anonymous: 401, admin: 404, coordinator: 404, park_manager: 404, member: 404, analyst: 204 } },
    ],
  },
  {
    route: 'GET /api/portfolio/calendar/:feed',
    cases: [
      // The URL is the credential: whoever holds it reads the owner's feed, signed in or not.
      { scope: 'any', request: async (w) => ({ method: 'GET', url: (await w.clients.member.post('/api/portfolio/calendar-feeds', {})).json().url }), expect: everyone(200) },
      { scope: 'any', request: () => ({ method: 'GET', url: '/api/portfolio/calendar/not-a-real-token-at-all-0000.ics' }), expect: everyone(404) },
    ],
  },
];
