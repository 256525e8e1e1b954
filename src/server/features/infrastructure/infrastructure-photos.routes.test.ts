import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, infrastructurePhotos } from '../../db/schema/index';
import { createEcosystem, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let manager: TestClient;
let objectId: string;

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]);
const upload = (payload: Buffer, type: string) => manager.request({ method: 'POST', url: `/api/infrastructure/${objectId}/photos`, payload, headers: { 'content-type': type } });
const photoIds = async () => ((await manager.get(`/api/infrastructure/${objectId}`)).json().photos as { id: string }[]).map((p) => p.id);

beforeAll(async () => {
  t = await createTestApp();
  const park = await createEcosystem(t.connection.db, { nameEn: 'Great Stone' });
  manager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
  objectId = (await manager.post('/api/infrastructure', { ecosystemId: park.id, type: 'hotel', name: { en: 'Park hotel' }, latitude: 53.9, longitude: 27.9, area: 800, areaUnit: 'm2', dealType: 'lease' })).json().id;
});
afterAll(async () => t.close());

describe('photos of an object', () => {
  it('refuses a file too large or of another kind in words, and stores nothing', async () => {
    const tooLarge = await upload(Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]), 'image/png');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().code).toBe('PHOTO_TOO_LARGE');
    const gif = await upload(Buffer.from('GIF89a'), 'image/gif');
    expect(gif.statusCode).toBe(415);
    expect(gif.json().code).toBe('PHOTO_NOT_AN_IMAGE');
    expect(await photoIds()).toEqual([]);
  });

  it('reorders them (the first is the cover), refuses an order that misses one, and keeps places distinct after a removal', async () => {
    const [a, b, c] = [(await upload(png, 'image/png')).json().id, (await upload(jpeg, 'image/jpeg')).json().id, (await upload(png, 'image/png')).json().id];
    expect(await photoIds()).toEqual([a, b, c]);
    const reordered = await manager.request({ method: 'PUT', url: `/api/infrastructure/${objectId}/photos/order`, payload: { photoIds: [c, a, b] } });
    expect(reordered.statusCode).toBe(200);
    expect(reordered.json().photos.map((p: { id: string }) => p.id)).toEqual([c, a, b]);
    for (const photoIds of [[c, a], [c, a, a], [c, a, b, '00000000-0000-4000-8000-000000000001']]) {
      expect((await manager.request({ method: 'PUT', url: `/api/infrastructure/${objectId}/photos/order`, payload: { photoIds } })).json().code).toBe('PHOTO_ORDER_MISMATCH');
    }
    expect(await photoIds()).toEqual([c, a, b]);
    expect((await manager.delete(`/api/infrastructure/${objectId}/photos/${c}`)).statusCode).toBe(204);
    const d = (await upload(jpeg, 'image/jpeg')).json().id;
    expect(await photoIds()).toEqual([a, b, d]);
    const positions = (await t.connection.db.select().from(infrastructurePhotos).where(eq(infrastructurePhotos.objectId, objectId))).map((p) => p.position);
    expect(new Set(positions).size).toBe(positions.length);
    const audit = (await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, objectId))).find((e) => e.action === 'reorder_photos');
    expect(audit!.changes.photoOrder).toEqual({ before: [a, b, c], after: [c, a, b] });
  });
});
