import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t.close());

describe('GET /api/audit', () => {
  it('filters by entity, actor and period, newest first', async () => {
    const admin = await createUser(t.connection.db, [{ role: 'admin' }]);
    const coordinatorUser = await createUser(t.connection.db, [{ role: 'coordinator' }]);
    const adminClient = await new TestClient(t.app).login(admin.email);
    const created = (await adminClient.post('/api/users', { email: 'audited@test.local', fullName: 'Audited', password: 'a-long-enough-password' })).json();
    await adminClient.patch(`/api/users/${created.id}`, { fullName: 'Audited Twice' });

    const coordinator = await new TestClient(t.app).login(coordinatorUser.email);
    const byEntity = (await coordinator.get(`/api/audit?entityType=user&entityId=${created.id}`)).json();
    expect(byEntity.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(byEntity.items[0].changes.fullName).toEqual({ before: 'Audited', after: 'Audited Twice' });
    expect(byEntity.items[0].actorLabel).toBe(admin.email);
    expect(byEntity.items[0].requestId).toBeTruthy();

    const byActor = (await coordinator.get(`/api/audit?actorUserId=${admin.id}`)).json();
    expect(byActor.items.every((e: { actorUserId: string }) => e.actorUserId === admin.id)).toBe(true);
    expect(byActor.items.map((e: { action: string }) => e.action)).toContain('login');

    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await coordinator.get(`/api/audit?from=${encodeURIComponent(future)}`)).json().total).toBe(0);
    expect((await coordinator.get('/api/audit?from=yesterday')).json().code).toBe('VALIDATION_FAILED');
  });
});
