import { count, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementParties, agreements, auditLog, brokerageMeetings, eventParticipants, events, meetingRequests, persons } from '../../db/schema/index';
import { createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let coordinator: TestClient;
let manager: TestClient;
let memberA: TestClient;
let memberC: TestClient;
let anonymous: TestClient;
let park: { id: string };
let orgA: { id: string };
let orgB: { id: string; nameRu: string | null };
let orgC: { id: string };
let headOfDelegation: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  park = await createEcosystem(db, { nameEn: 'Great Stone' });
  orgA = await createOrganization(db, { nameEn: 'Alpha' });
  orgB = await createOrganization(db, { nameEn: 'Beta' });
  orgC = await createOrganization(db, { nameEn: 'Gamma' });
  headOfDelegation = (await db.insert(persons).values({ fullNameRu: 'Глава делегации', organizationId: orgA.id }).returning())[0]!.id;
  coordinator = await new TestClient(t.app).login((await createUser(db, [{ role: 'coordinator' }])).email);
  manager = await new TestClient(t.app).login((await createUser(db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
  memberA = await new TestClient(t.app).login((await createUser(db, [{ role: 'member', scopeOrganizationId: orgA.id }])).email);
  memberC = await new TestClient(t.app).login((await createUser(db, [{ role: 'member', scopeOrganizationId: orgC.id }])).email);
  anonymous = new TestClient(t.app);
});
afterAll(async () => t.close());

const visit = (overrides: Record<string, unknown> = {}) => ({
  kind: 'official_visit',
  title: { ru: 'Официальный визит в Минск', en: 'Official visit to Minsk' },
  place: { ru: 'Минск', en: 'Minsk' },
  startsAt: '2026-05-12T07:00:00Z',
  endsAt: '2026-05-14T16:00:00Z',
  organizerOrganizationId: park.id,
  participants: [
    { organizationId: park.id, role: 'host' },
    { organizationId: orgA.id, personId: headOfDelegation, role: 'head_of_delegation' },
  ],
  agenda: [{ startsAt: '2026-05-12T08:00:00Z', endsAt: '2026-05-12T10:00:00Z', title: { ru: 'Переговоры', en: 'Talks' } }],
  ...overrides,
});
const put = (client: TestClient, url: string, payload: Record<string, unknown>) => client.request({ method: 'PUT', url, payload });
const countOf = async (table: typeof events | typeof meetingRequests) => (await t.connection.db.select({ value: count() }).from(table))[0]!.value;

describe('events', () => {
  it('registers an event with participants and agenda, audited, and shows it', async () => {
    const response = await coordinator.post('/api/events', visit());
    expect(response.statusCode).toBe(201);
    const event = response.json();
    expect(event.participants.map((p: { role: string }) => p.role)).toEqual(['host', 'head_of_delegation']);
    expect(event.participants[1].person.fullName.ru).toBe('Глава делегации');
    expect(event.agenda).toHaveLength(1);
    expect(event.canManage).toBe(true);
    const audit = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, event.id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const before = await countOf(events);
    const cases: [Record<string, unknown>, number, string][] = [
      [visit({ endsAt: '2026-05-11T00:00:00Z' }), 400, 'EVENT_ENDS_BEFORE_START'],
      [visit({ agenda: [{ startsAt: '2026-06-01T08:00:00Z', endsAt: '2026-06-01T09:00:00Z', title: { en: 'Later' } }] }), 400, 'PERIOD_OUTSIDE_EVENT'],
      [visit({ participants: [{ organizationId: orgB.id }, { organizationId: orgB.id }] }), 409, 'PARTICIPANT_TWICE'],
      [visit({ participants: [{ organizationId: orgB.id, personId: headOfDelegation }] }), 400, 'PERSON_NOT_OF_ORGANIZATION'],
      [visit({ participants: [{ organizationId: orgB.id, brokerage: true, availability: [{ from: '2026-05-12T08:00:00Z', to: '2026-05-12T10:00:00Z' }, { from: '2026-05-12T09:00:00Z', to: '2026-05-12T11:00:00Z' }] }] }), 400, 'PERIODS_OVERLAP'],
      [visit({ title: { en: '' } }), 400, 'VALIDATION_FAILED'],
      [visit({ kind: 'party' }), 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const response = await coordinator.post('/api/events', body);
      expect([response.statusCode, response.json().code], JSON.stringify(body).slice(0, 80)).toEqual([status, code]);
    }
    expect(await countOf(events)).toBe(before);
    const id = (await coordinator.post('/api/events', visit())).json().id;
    const patch = await coordinator.request({ method: 'PATCH', url: `/api/events/${id}`, payload: { endsAt: '2026-05-01T00:00:00Z' } });
    expect([patch.statusCode, patch.json().code]).toEqual([400, 'EVENT_ENDS_BEFORE_START']);
  });

  it('shows members the events their organization takes part in and public ones; anonymous visitors public ones only', async () => {
    const hidden = (await coordinator.post('/api/events', visit({ title: { en: 'Closed talks' } }))).json().id;
    const open = (await coordinator.post('/api/events', visit({ kind: 'forum', title: { en: 'Open forum' }, isPublic: true, participants: [] }))).json().id;
    const ids = async (client: TestClient) => ((await client.get('/api/events?pageSize=200')).json().items as { id: string }[]).map((e) => e.id);
    expect(await ids(memberA)).toEqual(expect.arrayContaining([hidden, open]));
    expect(await ids(memberC)).toContain(open);
    expect(await ids(memberC)).not.toContain(hidden);
    expect(await ids(anonymous)).not.toContain(hidden);
    expect((await memberC.get(`/api/events/${hidden}`)).statusCode).toBe(404);
    const publicView = (await anonymous.get(`/api/events/${open}`)).json();
    expect(publicView.canManage).toBe(false);
    // The park manager edits the park's events; a member reads but may not edit.
    expect((await manager.request({ method: 'PATCH', url: `/api/events/${hidden}`, payload: { isPublic: true } })).statusCode).toBe(200);
    expect((await memberA.request({ method: 'PATCH', url: `/api/events/${hidden}`, payload: { isPublic: false } })).statusCode).toBe(403);
    // …but not a public event the park has no part in, nor create one for another organizer.
    const foreign = (await coordinator.post('/api/events', visit({ organizerOrganizationId: orgB.id, isPublic: true, participants: [] }))).json().id;
    expect((await manager.request({ method: 'PATCH', url: `/api/events/${foreign}`, payload: { isPublic: false } })).statusCode).toBe(403);
    expect((await manager.post('/api/events', visit({ organizerOrganizationId: orgB.id }))).statusCode).toBe(403);
    expect((await manager.post('/api/events', visit())).statusCode).toBe(201);
    const byMonth = (await anonymous.get('/api/events?from=2026-05-01&to=2026-05-31&kind=forum')).json();
    expect(byMonth.items.map((e: { id: string }) => e.id)).toContain(open);
    expect((await anonymous.get('/api/events?from=2026-06-01&to=2026-06-30&kind=forum')).json().items).toEqual([]);
  });

  it('links agreements signed at the event and follow-up tasks as outcomes', async () => {
    const db = t.connection.db;
    const id = (await coordinator.post('/api/events', visit())).json().id;
    const [signed] = await db.insert(agreements).values({ kind: 'memorandum', titleEn: 'Signed in Minsk', status: 'active', signedOn: '2026-05-13' }).returning();
    const [secret] = await db.insert(agreements).values({ kind: 'memorandum', titleEn: 'Confidential one', status: 'active', confidential: true }).returning();
    await db.insert(agreementParties).values([{ agreementId: signed!.id, organizationId: park.id }, { agreementId: secret!.id, organizationId: orgB.id }]);
    const linked = await put(coordinator, `/api/events/${id}/agreements`, { agreementIds: [signed!.id, secret!.id] });
    expect(linked.json().agreements.map((a: { id: string }) => a.id)).toEqual([signed!.id, secret!.id]);
    // The agreements' own policy decides: the member sees the published one only.
    expect((await memberA.get(`/api/events/${id}`)).json().agreements.map((a: { id: string }) => a.id)).toEqual([signed!.id]);
    const task = await coordinator.post(`/api/events/${id}/follow-ups`, { text: { ru: 'Подготовить дорожную карту' }, ownerOrganizationId: orgA.id, ownerPersonId: headOfDelegation, dueOn: '2026-07-01' });
    expect(task.statusCode).toBe(201);
    const done = await coordinator.request({ method: 'PATCH', url: `/api/events/${id}/follow-ups/${task.json().id}`, payload: { status: 'done' } });
    expect(done.json().followUps[0]).toMatchObject({ status: 'done', dueOn: '2026-07-01', owner: { id: orgA.id } });
    const wrongDate = await coordinator.post(`/api/events/${id}/follow-ups`, { text: { ru: 'x' }, ownerOrganizationId: orgA.id, dueOn: '2026-02-30' });
    expect(wrongDate.statusCode).toBe(400);
  });
});

describe('brokerage', () => {
  let eventId: string;
  let pA: string;
  let pB: string;
  let pC: string;

  beforeAll(async () => {
    const event = (await coordinator.post('/api/events', visit({
      kind: 'brokerage', title: { en: 'B2B session' }, startsAt: '2026-05-12T06:00:00Z', endsAt: '2026-05-12T16:00:00Z', agenda: [],
      participants: [
        { organizationId: orgA.id, brokerage: true, meetingLimit: 1 },
        { organizationId: orgB.id, brokerage: true },
        { organizationId: orgC.id, brokerage: true, availability: [{ from: '2026-05-12T07:00:00Z', to: '2026-05-12T08:00:00Z' }] },
      ],
    }))).json();
    eventId = event.id;
    [pA, pB, pC] = ['Alpha', 'Beta', 'Gamma'].map((name) => event.participants.find((p: { organization: { name: { en: string } } }) => p.organization.name.en === name).id) as [string, string, string];
  });

  it('refuses requests before the session exists, then takes settings with breaks', async () => {
    expect((await memberA.post(`/api/events/${eventId}/meeting-requests`, { requesterId: pA, requestedId: pB })).json().code).toBe('NO_BROKERAGE_SESSION');
    const overlapping = await put(coordinator, `/api/events/${eventId}/brokerage`, { startsAt: '2026-05-12T07:00:00Z', endsAt: '2026-05-12T10:00:00Z', slotMinutes: 30, tables: 2, defaultMeetingLimit: 5, breaks: [{ from: '2026-05-12T08:00:00Z', to: '2026-05-12T08:30:00Z' }, { from: '2026-05-12T08:15:00Z', to: '2026-05-12T08:45:00Z' }] });
    expect([overlapping.statusCode, overlapping.json().code]).toEqual([400, 'PERIODS_OVERLAP']);
    const outside = await put(coordinator, `/api/events/${eventId}/brokerage`, { startsAt: '2026-05-12T05:00:00Z', endsAt: '2026-05-12T10:00:00Z', slotMinutes: 30, tables: 2, defaultMeetingLimit: 5 });
    expect(outside.json().code).toBe('PERIOD_OUTSIDE_EVENT');
    const ok = await put(coordinator, `/api/events/${eventId}/brokerage`, { startsAt: '2026-05-12T07:00:00Z', endsAt: '2026-05-12T10:00:00Z', slotMinutes: 30, tables: 2, defaultMeetingLimit: 5, breaks: [{ from: '2026-05-12T08:00:00Z', to: '2026-05-12T08:30:00Z' }] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().slots.map((s: { startsAt: string }) => s.startsAt.slice(11, 16))).toEqual(['07:00', '07:30', '08:30', '09:00', '09:30']);
  });

  it('takes requests from a participant\'s people, refuses one to oneself, twice, or for another organization', async () => {
    const before = await countOf(meetingRequests);
    expect((await memberA.post(`/api/events/${eventId}/meeting-requests`, { requesterId: pA, requestedId: pA })).json().code).toBe('MEETING_WITH_ONESELF');
    expect((await memberC.post(`/api/events/${eventId}/meeting-requests`, { requesterId: pA, requestedId: pB })).statusCode).toBe(403);
    expect(await countOf(meetingRequests)).toBe(before);
    const ab = await memberA.post(`/api/events/${eventId}/meeting-requests`, { requesterId: pA, requestedId: pB, message: 'Let us talk' });
    expect(ab.statusCode).toBe(201);
    expect((await coordinator.post(`/api/events/${eventId}/meeting-requests`, { requesterId: pB, requestedId: pA })).json().code).toBe('MEETING_REQUEST_EXISTS');
    const ac = await memberA.post(`/api/events/${eventId}/meeting-requests`, { requesterId: pA, requestedId: pC });
    const cb = await memberC.post(`/api/events/${eventId}/meeting-requests`, { requesterId: pC, requestedId: pB });
    // The asked side answers: A may not accept its own request; B's side (the coordinator here) may.
    expect((await memberA.post(`/api/events/${eventId}/meeting-requests/${ab.json().id}/answer`, { accept: true })).statusCode).toBe(403);
    expect((await coordinator.post(`/api/events/${eventId}/meeting-requests/${ab.json().id}/answer`, { accept: true })).statusCode).toBe(200);
    expect((await coordinator.post(`/api/events/${eventId}/meeting-requests/${ab.json().id}/answer`, { accept: false })).json().code).toBe('MEETING_REQUEST_ANSWERED');
    // A's limit is one meeting: C cannot accept A's second request.
    const overLimit = await memberC.post(`/api/events/${eventId}/meeting-requests/${ac.json().id}/answer`, { accept: true });
    expect([overLimit.statusCode, overLimit.json().code]).toEqual([409, 'MEETING_LIMIT_REACHED']);
    expect((await memberC.post(`/api/events/${eventId}/meeting-requests/${ac.json().id}/answer`, { accept: false })).statusCode).toBe(200);
    expect((await coordinator.post(`/api/events/${eventId}/meeting-requests/${cb.json().id}/answer`, { accept: true })).statusCode).toBe(200);
    const view = (await memberC.get(`/api/events/${eventId}/brokerage`)).json();
    expect(view.myParticipantIds).toEqual([pC]);
    expect(view.requests).toHaveLength(2);
  });

  it('schedules accepted requests without double booking, within availability; participants see it once published', async () => {
    expect((await coordinator.post(`/api/events/${eventId}/brokerage/publish`)).json().code).toBe('SCHEDULE_NOT_READY');
    expect((await memberA.post(`/api/events/${eventId}/brokerage/schedule`)).statusCode).toBe(403);
    const run = await coordinator.post(`/api/events/${eventId}/brokerage/schedule`);
    expect(run.json()).toMatchObject({ met: 2, unmet: 0 });
    const meetings = await t.connection.db.select().from(brokerageMeetings).where(eq(brokerageMeetings.eventId, eventId));
    const withC = meetings.find((m) => m.startsAt.toISOString() < '2026-05-12T08:00:00Z' && m.startsAt.toISOString() >= '2026-05-12T07:00:00Z');
    expect(withC).toBeDefined();
    expect((await memberC.get(`/api/events/${eventId}/participants/${pC}/schedule`)).json()).toMatchObject({ published: false, meetings: [] });
    expect((await coordinator.post(`/api/events/${eventId}/brokerage/publish`)).statusCode).toBe(200);
    const schedule = (await memberC.get(`/api/events/${eventId}/participants/${pC}/schedule`)).json();
    expect(schedule.published).toBe(true);
    expect(schedule.meetings).toHaveLength(1);
    expect(schedule.meetings[0].with.organization.name.en).toBe('Beta');
    expect(Date.parse(schedule.meetings[0].startsAt)).toBeGreaterThanOrEqual(Date.parse('2026-05-12T07:00:00Z'));
    expect(Date.parse(schedule.meetings[0].endsAt)).toBeLessThanOrEqual(Date.parse('2026-05-12T08:00:00Z'));
    expect((await memberC.get(`/api/events/${eventId}/participants/${pA}/schedule`)).statusCode).toBe(403);
  });

  it('hands out the personal schedule as an iCalendar file', async () => {
    const response = await memberA.get(`/api/events/${eventId}/participants/${pA}/schedule.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents).toHaveLength(1);
    // In the account's language (Russian by default).
    expect(vevents[0]!.summary).toBe(`Встреча: ${orgB.nameRu}`);
    expect(vevents[0]!.location).toMatch(/Minsk|Минск/);
  });

  it('keeps double booking out in the database too', async () => {
    const db = t.connection.db;
    const [extra] = await db.insert(eventParticipants).values({ eventId, organizationId: (await createOrganization(db)).id, brokerage: true }).returning();
    const [request] = await db.insert(meetingRequests).values({ eventId, requesterId: extra!.id, requestedId: pB, status: 'accepted' }).returning();
    const taken = (await db.select().from(brokerageMeetings).where(eq(brokerageMeetings.eventId, eventId)))[0]!;
    await expect(db.insert(brokerageMeetings).values({ eventId, requestId: request!.id, slot: taken.slot, tableNumber: taken.tableNumber, startsAt: taken.startsAt, endsAt: taken.endsAt })).rejects.toThrow();
  });
});
