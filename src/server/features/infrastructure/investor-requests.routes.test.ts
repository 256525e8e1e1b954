import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, investorRequests } from '../../db/schema/index';
import { createEcosystem, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let manager: TestClient;
let otherManager: TestClient;
let park: { id: string };
let otherPark: { id: string };
let warehouse: string;
let foreignWarehouse: string;

const request = (overrides: Record<string, unknown> = {}) => ({
  ecosystemId: park.id, contactName: 'Wang Fang', contactEmail: 'wang.fang@example.cn', companyName: 'Zhongding Logistics',
  wantedType: 'warehouse', areaMinM2: 1000, areaMaxM2: 5000, message: 'We need a bonded warehouse near the M1 highway.', language: 'zh', consentToProcessing: true, ...overrides,
});
const requestCount = async () => (await t.connection.db.select({ value: count() }).from(investorRequests))[0]!.value;

beforeAll(async () => {
  t = await createTestApp(undefined, { anonymousInvestorRequestsPerHour: 3 });
  const db = t.connection.db;
  park = await createEcosystem(db, { nameEn: 'Great Stone' });
  otherPark = await createEcosystem(db, { nameEn: 'Hi-Tech Park' });
  manager = await new TestClient(t.app).login((await createUser(db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
  otherManager = await new TestClient(t.app).login((await createUser(db, [{ role: 'park_manager', scopeOrganizationId: otherPark.id }])).email);
  const object = (ecosystemId: string) => ({ ecosystemId, type: 'warehouse', name: { en: 'Warehouse' }, latitude: 53.9, longitude: 27.9, area: 3000, areaUnit: 'm2', dealType: 'lease' });
  warehouse = (await manager.post('/api/infrastructure', object(park.id))).json().id;
  foreignWarehouse = (await otherManager.post('/api/infrastructure', object(otherPark.id))).json().id;
});
afterAll(async () => t.close());

describe('investor requests', () => {
  it('an anonymous investor asks with consent; the park answers with options and registers the resident', async () => {
    const investor = new TestClient(t.app);
    const created = await investor.post('/api/investor-requests', request({ objectId: warehouse }));
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    // The sender reads nothing back; the other park does not see it either.
    expect((await investor.get(`/api/investor-requests/${id}`)).statusCode).toBe(401);
    expect((await otherManager.get(`/api/investor-requests/${id}`)).statusCode).toBe(404);
    expect(((await otherManager.get('/api/investor-requests')).json().items as { id: string }[]).some((r) => r.id === id)).toBe(false);

    const listed = (await manager.get('/api/investor-requests?status=new')).json().items as { id: string; object: { id: string } }[];
    expect(listed.find((r) => r.id === id)?.object.id).toBe(warehouse);
    const answered = await manager.post(`/api/investor-requests/${id}/responses`, { message: '我们可以提供两个仓库。', proposedObjectIds: [warehouse] });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'in_progress', responses: [{ message: '我们可以提供两个仓库。', proposedObjects: [{ id: warehouse }] }] });
    const closed = await manager.post(`/api/investor-requests/${id}/outcome`, { outcome: 'resident_registered', newOrganization: { name: { en: 'Zhongding Logistics' }, country: 'CN' } });
    expect(closed.json()).toMatchObject({ status: 'resident_registered', residentOrganization: { name: { en: 'Zhongding Logistics' } } });
    expect(closed.json().closedAt).not.toBeNull();
    expect((await manager.post(`/api/investor-requests/${id}/responses`, { message: 'More' })).json().code).toBe('INVESTOR_REQUEST_CLOSED');
    const audits = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action).sort()).toEqual(['close', 'create', 'respond']);
  });

  it.each([
    ['no consent', { consentToProcessing: false }, 'VALIDATION_FAILED'],
    ['no contact', { contactEmail: 'not an email' }, 'VALIDATION_FAILED'],
    ['a negative area', { areaMinM2: -5 }, 'VALIDATION_FAILED'],
    ['a reversed area range', { areaMinM2: 9000, areaMaxM2: 10 }, 'AREA_RANGE_REVERSED'],
    ['an object of another park', { objectId: 'FOREIGN' }, 'PROPOSED_OBJECT_OF_ANOTHER_PARK'],
  ])('refuses a request with %s and stores nothing', async (_label, overrides, code) => {
    const before = await requestCount();
    const body: Record<string, unknown> = request(overrides);
    if (body.objectId === 'FOREIGN') body.objectId = foreignWarehouse;
    const response = await manager.post('/api/investor-requests', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
    expect(await requestCount()).toBe(before);
  });

  it('declines only with a reason, and proposes only the park\'s own objects', async () => {
    const id = (await manager.post('/api/investor-requests', request())).json().id;
    expect((await manager.post(`/api/investor-requests/${id}/responses`, { message: 'See this', proposedObjectIds: [foreignWarehouse] })).json().code).toBe('PROPOSED_OBJECT_OF_ANOTHER_PARK');
    expect((await manager.post(`/api/investor-requests/${id}/outcome`, { outcome: 'declined' })).json().code).toBe('DECLINE_REASON_REQUIRED');
    expect((await manager.get(`/api/investor-requests/${id}`)).json().status).toBe('new');
    const declined = await manager.post(`/api/investor-requests/${id}/outcome`, { outcome: 'declined', reason: 'No bonded warehouses free until 2028' });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'No bonded warehouses free until 2028' });
  });

  it('limits anonymous senders per address, not signed-in ones', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await new TestClient(t.app).post('/api/investor-requests', request())).statusCode);
    // The first test's anonymous request counts too: three per hour in this app.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    expect(statuses[0]).toBe(201);
    expect((await manager.post('/api/investor-requests', request())).statusCode).toBe(201);
  });
});
