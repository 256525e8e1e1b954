import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from '../../demo/demo-users';
import { createDemoTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createDemoTestApp();
});
afterAll(async () => t.close());

const loginAs = (role: string) => new TestClient(t.app).login(demoUsers.find((u) => u.role === role)!.email, DEMO_PASSWORD);

describe('the demo agreement of the brief', () => {
  it('has its parties, both signatories, three directions and a roadmap partly done, partly overdue', async () => {
    const coordinator = await loginAs('coordinator');
    const [greatStone] = (await coordinator.get(`/api/agreements?q=${encodeURIComponent('Великий камень')}`)).json().items;
    expect(greatStone.parties).toHaveLength(2);
    expect(greatStone.signatories.map((s: { fullName: { ru: string } }) => s.fullName.ru).sort()).toEqual(['Александр Ярошенко', 'Евгений Колганов']);
    expect(greatStone.directions.map((d: { code: string }) => d.code).sort()).toEqual(['biotechnology', 'medicine', 'new_materials']);
    const roadmap = (await coordinator.get(`/api/agreements/${greatStone.id}/obligations`)).json();
    const statuses = roadmap.items.map((o: { status: string }) => o.status);
    expect(statuses.filter((s: string) => s === 'done').length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s: string) => s === 'overdue').length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s: string) => s === 'planned').length).toBeGreaterThanOrEqual(1);
    expect(roadmap.health.state).toBe('amber');

    const deadlines = (await coordinator.get('/api/obligations/deadlines')).json();
    expect(deadlines.overdue.map((d: { agreement: { id: string } }) => d.agreement.id)).toContain(greatStone.id);
  });

  it('lets the park manager of "Great Stone" report the park\'s obligation with evidence', async () => {
    const manager = await loginAs('park_manager');
    const [greatStone] = (await manager.get(`/api/agreements?q=${encodeURIComponent('Великий камень')}`)).json().items;
    const items = (await manager.get(`/api/agreements/${greatStone.id}/obligations`)).json().items as { id: string; status: string; responsibleOrganization: { name: { en: string } } | null }[];
    const parkItem = items.find((o) => o.status === 'overdue' && o.responsibleOrganization?.name.en.includes('Great Stone'))!;
    const response = await manager.patch(`/api/agreements/${greatStone.id}/obligations/${parkItem.id}`, { status: 'done', evidenceNote: 'Proposals sent by letter' });
    expect(response.statusCode, response.body).toBe(200);
  });
});
