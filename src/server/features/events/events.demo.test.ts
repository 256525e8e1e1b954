import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from '../../demo/demo-users';
import { demoEventTitles } from '../../demo/demo-events';
import { createDemoTestApp, TestClient, type TestApp } from '../../test-support/test-app';
import { findScheduleViolations } from './brokerage-scheduler';

let t: TestApp;
beforeAll(async () => {
  t = await createDemoTestApp();
});
afterAll(async () => t.close());

const loginAs = (role: string) => new TestClient(t.app).login(demoUsers.find((u) => u.role === role)!.email, DEMO_PASSWORD);
type Summary = { id: string; kind: string; title: { en: string } };
const eventTitled = async (client: TestClient, title: string) =>
  ((await client.get('/api/events?pageSize=200')).json().items as Summary[]).find((e) => e.title.en === title)!;

describe('the demo events', () => {
  it('has the official visit to Minsk with its delegation, hosts and both agreements of the brief as outcomes', async () => {
    const visitor = new TestClient(t.app);
    const visit = await eventTitled(visitor, demoEventTitles.visit);
    const details = (await visitor.get(`/api/events/${visit.id}`)).json();
    expect(details.kind).toBe('official_visit');
    expect(details.participants.filter((p: { role: string }) => p.role === 'host').map((p: { organization: { name: { en: string } } }) => p.organization.name.en).join(' ')).toMatch(/Great Stone.*Hi-Tech Park/);
    expect(details.participants.find((p: { role: string }) => p.role === 'head_of_delegation')).toBeDefined();
    expect(details.agreements.map((a: { number: string }) => a.number).sort()).toEqual(['NB-DEMO-2025-001', 'NB-DEMO-2025-002']);
    expect(details.followUps.length).toBeGreaterThanOrEqual(3);
    expect(details.agenda.length).toBeGreaterThanOrEqual(3);
    // Anonymous visitors do not see people's names.
    expect(details.participants.every((p: { person: unknown }) => p.person === null)).toBe(true);
  });

  it('has a brokerage session with a published schedule that keeps every rule, and the demo member in it', async () => {
    const member = await loginAs('member');
    const session = await eventTitled(member, demoEventTitles.brokerage);
    const view = (await member.get(`/api/events/${session.id}/brokerage`)).json();
    expect(view.settings.publishedAt).not.toBeNull();
    expect(view.myParticipantIds).toHaveLength(1);
    const mine = view.myParticipantIds[0];
    expect(view.requests.filter((r: { requestedId: string; status: string }) => r.requestedId === mine && r.status === 'pending')).toHaveLength(2);
    const schedule = (await member.get(`/api/events/${session.id}/participants/${mine}/schedule`)).json();
    expect(schedule.meetings.length).toBeGreaterThanOrEqual(3);

    const manager = await loginAs('park_manager');
    const all = (await manager.get(`/api/events/${session.id}/brokerage`)).json();
    expect(all.canManage).toBe(true);
    const slots = all.slots.length;
    const participants = all.participants.map((p: { id: string; meetingLimit: number | null; availability: { from: string; to: string }[] | null }) => ({
      id: p.id, limit: p.meetingLimit ?? all.settings.defaultMeetingLimit,
      available: all.slots.map((s: { startsAt: string; endsAt: string }) => !p.availability || p.availability.some((a) => a.from <= s.startsAt && s.endsAt <= a.to)),
    }));
    const requests = all.requests.map((r: { id: string; requesterId: string; requestedId: string }) => ({ id: r.id, requesterId: r.requesterId, requestedId: r.requestedId }));
    const assignments = all.meetings.map((m: { requestId: string; slot: number; tableNumber: number }) => ({ requestId: m.requestId, slot: m.slot, table: m.tableNumber }));
    expect(assignments.length).toBeGreaterThan(50);
    expect(findScheduleViolations({ slots, tables: all.settings.tables, participants, requests }, { assignments, unmetRequestIds: [] })).toEqual([]);
  });
});
