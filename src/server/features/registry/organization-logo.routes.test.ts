import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t.close());

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ab5a3bb40000000049454e44ae426082', 'hex');
const put = (client: TestClient, id: string, body: Buffer, type: string) => client.request({ method: 'PUT', url: `/api/organizations/${id}/logo`, payload: body, headers: { 'content-type': type } });

describe('organization logos', () => {
  it('takes a PNG from a member of the organization, serves it, and removes it', async () => {
    const organization = await createOrganization(t.connection.db, { nameEn: 'Logo Co', visibility: 'public' });
    const member = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'member', scopeOrganizationId: organization.id }])).email);
    expect((await put(member, organization.id, png, 'image/png')).statusCode).toBe(204);
    const logoUrl = (await member.get(`/api/organizations/${organization.id}`)).json().logoUrl;
    expect(logoUrl).toMatch(new RegExp(`^/api/organizations/${organization.id}/logo\\?v=`));
    const image = await new TestClient(t.app).get(logoUrl);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(png)).toBe(true);
    expect((await member.delete(`/api/organizations/${organization.id}/logo`)).statusCode).toBe(204);
    expect((await member.get(`/api/organizations/${organization.id}`)).json().logoUrl).toBeNull();
  });

  it('refuses SVG, a type that lies about the bytes, an oversized image, and other organizations\' members', async () => {
    const organization = await createOrganization(t.connection.db, { nameEn: 'Strict Logo Co' });
    const coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
    const svg = await put(coordinator, organization.id, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml');
    expect([svg.statusCode, svg.json().code]).toEqual([415, 'LOGO_NOT_AN_IMAGE']);
    expect((await put(coordinator, organization.id, Buffer.from('GIF89a not a png'), 'image/png')).json().code).toBe('LOGO_NOT_AN_IMAGE');
    const huge = Buffer.concat([png, Buffer.alloc(1024 * 1024)]);
    expect((await put(coordinator, organization.id, huge, 'image/png')).json().code).toBe('PAYLOAD_TOO_LARGE');
    const stranger = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'member', scopeOrganizationId: (await createOrganization(t.connection.db)).id }])).email);
    expect((await put(stranger, organization.id, png, 'image/png')).statusCode).toBe(403);
    expect((await coordinator.get(`/api/organizations/${organization.id}`)).json().logoUrl).toBeNull();
  });
});
