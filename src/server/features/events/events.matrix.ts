import { brokerageSessions, eventFollowUps, eventParticipants, events, meetingRequests } from '../../db/schema/index';
import { everyone, type Expected, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';

/**
 * The own event: organized by the manager's park, with the member's organization and a foreign
 * company as brokerage participants. The foreign event: organized by the foreign park among its
 * residents. Neither is public, so the analyst (and anonymous visitors) do not see them.
 */
const readers = (status: number): Expected => ({ anonymous: 404, admin: status, coordinator: status, park_manager: status, member: status, analyst: 404 });
const foreignReaders = (status: number): Expected => ({ anonymous: 404, admin: status, coordinator: status, park_manager: 404, member: 404, analyst: 404 });
const signedInReaders = (status: number): Expected => ({ ...readers(status), anonymous: 401 });
const managers = (status: number): Expected => ({ ...signedInReaders(status), member: 403 });
const foreignManagers = (status: number): Expected => ({ ...foreignReaders(status), anonymous: 401 });

type Made = { id: string; own: string; other: string };

async function eventOf(w: MatrixWorld, side: 'own' | 'foreign', options: { session?: boolean; scheduled?: boolean } = {}): Promise<Made> {
  const organizer = side === 'own' ? w.ownPark.id : w.foreignPark.id;
  const [event] = await w.db.insert(events).values({ kind: 'brokerage', titleEn: `Matrix ${side} event`, startsAt: new Date('2030-03-01T08:00:00Z'), endsAt: new Date('2030-03-01T18:00:00Z'), organizerOrganizationId: organizer }).returning();
  const orgs = side === 'own' ? [w.ownOrganization.id, w.foreignOrganization.id] : [w.foreignOrganization.id, w.foreignNetworkOrganization.id];
  const [own, other] = await w.db.insert(eventParticipants).values(orgs.map((organizationId) => ({ eventId: event!.id, organizationId, brokerage: true }))).returning();
  if (options.session || options.scheduled) {
    await w.db.insert(brokerageSessions).values({ eventId: event!.id, startsAt: new Date('2030-03-01T09:00:00Z'), endsAt: new Date('2030-03-01T12:00:00Z'), slotMinutes: 30, tables: 5, defaultMeetingLimit: 5, scheduledAt: options.scheduled ? new Date() : null });
  }
  return { id: event!.id, own: own!.id, other: other!.id };
}

async function requestIn(w: MatrixWorld, made: Made, from: string, to: string) {
  const [row] = await w.db.insert(meetingRequests).values({ eventId: made.id, requesterId: from, requestedId: to }).returning();
  return row!.id;
}

const eventInput = (organizerOrganizationId: string) => ({ kind: 'forum', title: { en: 'Matrix forum' }, startsAt: '2030-04-01T08:00:00Z', endsAt: '2030-04-01T18:00:00Z', organizerOrganizationId });
const settings = { startsAt: '2030-03-01T09:00:00Z', endsAt: '2030-03-01T12:00:00Z', slotMinutes: 20, tables: 4, defaultMeetingLimit: 6 };

/** One row per route, own and foreign cases alike: a fresh event for every role, since most requests write. */
function both(route: string, method: string, path: (made: Made) => string, expectOwn: Expected, expectForeign: Expected, options: { session?: boolean; scheduled?: boolean; payload?: (w: MatrixWorld, made: Made) => unknown | Promise<unknown> } = {}): MatrixRow {
  const request = (side: 'own' | 'foreign') => async (w: MatrixWorld) => {
    const made = await eventOf(w, side, options);
    return { method, url: path(made), ...(options.payload ? { payload: await options.payload(w, made) } : {}) };
  };
  return { route, cases: [{ scope: 'own', request: request('own'), expect: expectOwn }, { scope: 'foreign', request: request('foreign'), expect: expectForeign }] };
}

export const eventsMatrix: MatrixRow[] = [
  { route: 'GET /api/events', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/events?from=2030-01-01&to=2030-12-31' }), expect: everyone(200) }] },
  both('GET /api/events/:id', 'GET', (m) => `/api/events/${m.id}`, readers(200), foreignReaders(200)),
  {
    route: 'POST /api/events',
    cases: [
      { scope: 'own', request: (w) => ({ method: 'POST', url: '/api/events', payload: eventInput(w.ownPark.id) }), expect: { anonymous: 401, admin: 201, coordinator: 201, park_manager: 201, member: 403, analyst: 403 } },
      { scope: 'foreign', request: (w) => ({ method: 'POST', url: '/api/events', payload: eventInput(w.foreignPark.id) }), expect: { anonymous: 401, admin: 201, coordinator: 201, park_manager: 403, member: 403, analyst: 403 } },
    ],
  },
  both('PATCH /api/events/:id', 'PATCH', (m) => `/api/events/${m.id}`, managers(200), foreignManagers(200), { payload: () => ({ place: { en: 'Minsk' } }) }),
  both('DELETE /api/events/:id', 'DELETE', (m) => `/api/events/${m.id}`, managers(204), foreignManagers(204)),
  both('POST /api/events/:id/participants', 'POST', (m) => `/api/events/${m.id}/participants`, managers(201), foreignManagers(201), { payload: (w) => ({ organizationId: w.ownPark.id, role: 'host' }) }),
  both('PATCH /api/events/:id/participants/:participantId', 'PATCH', (m) => `/api/events/${m.id}/participants/${m.own}`, managers(200), foreignManagers(200), { payload: () => ({ meetingLimit: 3 }) }),
  both('DELETE /api/events/:id/participants/:participantId', 'DELETE', (m) => `/api/events/${m.id}/participants/${m.other}`, managers(204), foreignManagers(204)),
  both('PUT /api/events/:id/agenda', 'PUT', (m) => `/api/events/${m.id}/agenda`, managers(200), foreignManagers(200), { payload: () => ({ items: [{ startsAt: '2030-03-01T08:00:00Z', endsAt: '2030-03-01T09:00:00Z', title: { en: 'Opening' } }] }) }),
  both('PUT /api/events/:id/agreements', 'PUT', (m) => `/api/events/${m.id}/agreements`, managers(200), foreignManagers(200), { payload: () => ({ agreementIds: [] }) }),
  both('POST /api/events/:id/follow-ups', 'POST', (m) => `/api/events/${m.id}/follow-ups`, managers(201), foreignManagers(201), { payload: (w) => ({ text: { en: 'Send the roadmap' }, ownerOrganizationId: w.ownOrganization.id, dueOn: '2030-04-01' }) }),
  {
    route: 'PATCH /api/events/:id/follow-ups/:followUpId',
    cases: (['own', 'foreign'] as const).map((side) => ({
      scope: side,
      request: async (w: MatrixWorld) => {
        const made = await eventOf(w, side);
        const [task] = await w.db.insert(eventFollowUps).values({ eventId: made.id, textEn: 'Task', ownerOrganizationId: w.ownOrganization.id, dueOn: '2030-04-01' }).returning();
        return { method: 'PATCH', url: `/api/events/${made.id}/follow-ups/${task!.id}`, payload: { status: 'done' } };
      },
      expect: side === 'own' ? managers(200) : foreignManagers(200),
    })),
  },
  both('PUT /api/events/:id/brokerage', 'PUT', (m) => `/api/events/${m.id}/brokerage`, managers(200), foreignManagers(200), { payload: () => settings }),
  both('GET /api/events/:id/brokerage', 'GET', (m) => `/api/events/${m.id}/brokerage`, signedInReaders(200), foreignManagers(200), { session: true }),
  // The member acts for its organization's participant; the park manager manages the event.
  both('POST /api/events/:id/meeting-requests', 'POST', (m) => `/api/events/${m.id}/meeting-requests`, signedInReaders(201), foreignManagers(201), { session: true, payload: (_w, m) => ({ requesterId: m.own, requestedId: m.other }) }),
  {
    route: 'POST /api/events/:id/meeting-requests/:requestId/answer',
    cases: [
      // Asked of the member's organization: its people answer.
      { scope: 'own', request: async (w) => { const m = await eventOf(w, 'own', { session: true }); return { method: 'POST', url: `/api/events/${m.id}/meeting-requests/${await requestIn(w, m, m.other, m.own)}/answer`, payload: { accept: true } }; }, expect: signedInReaders(200) },
      // Asked by the member's organization: only the other side (or the managers) answer.
      { scope: 'own', request: async (w) => { const m = await eventOf(w, 'own', { session: true }); return { method: 'POST', url: `/api/events/${m.id}/meeting-requests/${await requestIn(w, m, m.own, m.other)}/answer`, payload: { accept: false } }; }, expect: managers(200) },
      { scope: 'foreign', request: async (w) => { const m = await eventOf(w, 'foreign', { session: true }); return { method: 'POST', url: `/api/events/${m.id}/meeting-requests/${await requestIn(w, m, m.other, m.own)}/answer`, payload: { accept: true } }; }, expect: foreignManagers(200) },
    ],
  },
  both('POST /api/events/:id/brokerage/schedule', 'POST', (m) => `/api/events/${m.id}/brokerage/schedule`, managers(200), foreignManagers(200), { session: true }),
  both('POST /api/events/:id/brokerage/publish', 'POST', (m) => `/api/events/${m.id}/brokerage/publish`, managers(200), foreignManagers(200), { scheduled: true }),
  both('GET /api/events/:id/participants/:participantId/schedule', 'GET', (m) => `/api/events/${m.id}/participants/${m.own}/schedule`, signedInReaders(200), foreignManagers(200), { scheduled: true }),
  {
    route: 'GET /api/events/:id/participants/:participantId/schedule.ics',
    cases: [
      { scope: 'own', request: async (w) => { const m = await eventOf(w, 'own', { scheduled: true }); return { method: 'GET', url: `/api/events/${m.id}/participants/${m.own}/schedule.ics` }; }, expect: signedInReaders(200) },
      // Another organization's schedule in the same event: not the member's to read.
      { scope: 'own', request: async (w) => { const m = await eventOf(w, 'own', { scheduled: true }); return { method: 'GET', url: `/api/events/${m.id}/participants/${m.other}/schedule.ics` }; }, expect: managers(200) },
      { scope: 'foreign', request: async (w) => { const m = await eventOf(w, 'foreign', { scheduled: true }); return { method: 'GET', url: `/api/events/${m.id}/participants/${m.own}/schedule.ics` }; }, expect: foreignManagers(200) },
    ],
  },
];
