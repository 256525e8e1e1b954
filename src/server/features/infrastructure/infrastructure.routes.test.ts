import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, infrastructureObjects, infrastructureStatusHistory } from '../../db/schema/index';
import { createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let manager: TestClient;
let anonymous: TestClient;
let park: { id: string };
let otherPark: { id: string };

const office = (overrides: Record<string, unknown> = {}) => ({
  ecosystemId: park.id, type: 'office', name: { ru: 'Офис в бизнес-центре', en: 'Business center office' },
  latitude: 54.0, longitude: 28.0, area: 150, areaUnit: 'm2', dealType: 'lease',
  price: 12, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', availableFrom: '2026-01-01', ...overrides,
});

const objectCount = async () => (await t.connection.db.select({ value: count() }).from(infrastructureObjects))[0]!.value;
const auditCount = async () => (await t.connection.db.select({ value: count() }).from(auditLog).where(eq(auditLog.entityType, 'infrastructure')))[0]!.value;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  park = await createEcosystem(db, { nameEn: 'Great Stone' });
  otherPark = await createEcosystem(db, { nameEn: 'Hi-Tech Park' });
  manager = await new TestClient(t.app).login((await createUser(db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
  anonymous = new TestClient(t.app);
});
afterAll(async () => t.close());

describe('infrastructure objects', () => {
  it('creates an object, stores hectares also as square metres, records its first status and the audit', async () => {
    const response = await manager.post('/api/infrastructure', office({ type: 'land_plot', area: 2.5, areaUnit: 'ha', utilities: ['water', 'gas', 'gas'], powerKw: 800 }));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ area: 2.5, areaUnit: 'ha', areaM2: 25_000, utilities: ['water', 'gas'], canManage: true, ecosystem: { id: park.id } });
    const history = await t.connection.db.select().from(infrastructureStatusHistory).where(eq(infrastructureStatusHistory.objectId, body.id));
    expect(history.map((h) => [h.status, h.areaM2])).toEqual([['available', 25_000]]);
    const [entry] = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(entry?.action).toBe('create');
  });

  it.each([
    ['a negative area', { area: -10 }, 'VALIDATION_FAILED'],
    ['a zero area', { area: 0 }, 'VALIDATION_FAILED'],
    ['a negative price', { price: -1 }, 'VALIDATION_FAILED'],
    ['a latitude above 90', { latitude: 91 }, 'VALIDATION_FAILED'],
    ['a longitude below -180', { longitude: -180.5 }, 'VALIDATION_FAILED'],
    ['a price without its currency', { currency: null }, 'PRICE_INCOMPLETE'],
    ['no name in any language', { name: { ru: ' ' } }, 'VALIDATION_FAILED'],
  ])('refuses %s and writes nothing', async (_label, overrides, code) => {
    const [objects, audits] = [await objectCount(), await auditCount()];
    const response = await manager.post('/api/infrastructure', office(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
    expect([await objectCount(), await auditCount()]).toEqual([objects, audits]);
  });

  it('refuses an object of an organization that is no ecosystem, in the caller\'s language', async () => {
    const company = await createOrganization(t.connection.db);
    const coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
    const before = await objectCount();
    const response = await coordinator.request({ method: 'POST', url: '/api/infrastructure', payload: office({ ecosystemId: company.id }), headers: { 'accept-language': 'ru' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_AN_ECOSYSTEM', message: expect.stringContaining('экосистемой') });
    expect(await objectCount()).toBe(before);
  });

  it('refuses a negative area on edit too, leaving the object as it was', async () => {
    const id = (await manager.post('/api/infrastructure', office())).json().id;
    const response = await manager.patch(`/api/infrastructure/${id}`, { area: -5 });
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect((await manager.get(`/api/infrastructure/${id}`)).json().area).toBe(150);
  });

  it('filters the public offer by type, park, area in m², price, availability; hides occupied objects from the public', async () => {
    const ids = {
      small: (await manager.post('/api/infrastructure', office({ area: 40, price: 10, name: { en: 'Filter small' } }))).json().id,
      large: (await manager.post('/api/infrastructure', office({ type: 'warehouse', area: 4000, price: 5, availableFrom: '2027-06-01', name: { en: 'Filter large' } }))).json().id,
      occupied: (await manager.post('/api/infrastructure', office({ area: 60, status: 'occupied', name: { en: 'Filter occupied' } }))).json().id,
    };
    const names = async (client: TestClient, query: string) => ((await client.get(`/api/infrastructure?q=Filter&pageSize=200&${query}`)).json().items as { id: string }[]).map((o) => o.id).sort();
    expect(await names(anonymous, '')).toEqual([ids.small, ids.large].sort());
    expect(await names(manager, '')).toEqual([ids.small, ids.large, ids.occupied].sort());
    expect(await names(anonymous, 'type=warehouse')).toEqual([ids.large]);
    expect(await names(anonymous, 'areaMin=100&areaMax=5000')).toEqual([ids.large]);
    expect(await names(anonymous, 'priceMax=6&currency=USD')).toEqual([ids.large]);
    expect(await names(anonymous, 'availableBy=2026-12-31')).toEqual([ids.small]);
    expect(await names(anonymous, `ecosystemId=${otherPark.id}`)).toEqual([]);
    expect((await anonymous.get('/api/infrastructure?areaMin=500&areaMax=100')).json().code).toBe('AREA_RANGE_REVERSED');
    expect((await anonymous.get(`/api/infrastructure/${ids.occupied}`)).statusCode).toBe(404);
  });

  it('counts occupancy month by month from the status history', async () => {
    const db = t.connection.db;
    const quiet = await createEcosystem(db, { nameEn: 'Occupancy Park' });
    const coordinator = await new TestClient(t.app).login((await createUser(db, [{ role: 'coordinator' }])).email);
    const a = (await coordinator.post('/api/infrastructure', office({ ecosystemId: quiet.id, area: 100 }))).json().id;
    const b = (await coordinator.post('/api/infrastructure', office({ ecosystemId: quiet.id, area: 1, areaUnit: 'ha' }))).json().id;
    // Both existed for a year: their first entries are moved back, then b was let two months ago.
    await db.update(infrastructureStatusHistory).set({ changedOn: '2000-01-01' }).where(eq(infrastructureStatusHistory.ecosystemId, quiet.id));
    const twoMonthsAgo = new Date(Date.now() - 62 * 86_400_000).toISOString().slice(0, 10);
    expect((await coordinator.patch(`/api/infrastructure/${b}`, { status: 'occupied', statusSince: twoMonthsAgo })).statusCode).toBe(200);
    expect((await coordinator.patch(`/api/infrastructure/${a}`, { status: 'reserved' })).statusCode).toBe(200);
    const points = (await coordinator.get(`/api/infrastructure/occupancy?ecosystemId=${quiet.id}&months=4`)).json().points as { available: number; reserved: number; occupied: number }[];
    expect(points).toHaveLength(4);
    expect(points[0]).toMatchObject({ available: 10_100, reserved: 0, occupied: 0 });
    expect(points[3]).toMatchObject({ available: 0, reserved: 100, occupied: 10_000 });
    expect((await coordinator.patch(`/api/infrastructure/${a}`, { status: 'occupied', statusSince: '2999-01-01' })).json().code).toBe('DATES_OUT_OF_ORDER');
  });

  it('takes PNG photos, refuses a file that only claims to be one', async () => {
    const id = (await manager.post('/api/infrastructure', office())).json().id;
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const added = await manager.request({ method: 'POST', url: `/api/infrastructure/${id}/photos`, payload: png, headers: { 'content-type': 'image/png' } });
    expect(added.statusCode).toBe(201);
    const fake = await manager.request({ method: 'POST', url: `/api/infrastructure/${id}/photos`, payload: Buffer.from('<svg/>'), headers: { 'content-type': 'image/png' } });
    expect(fake.json().code).toBe('PHOTO_NOT_AN_IMAGE');
    const object = (await anonymous.get(`/api/infrastructure/${id}`)).json();
    expect(object.photos).toHaveLength(1);
    const photo = await anonymous.get(object.photos[0].url);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(png)).toBe(true);
  });
});
