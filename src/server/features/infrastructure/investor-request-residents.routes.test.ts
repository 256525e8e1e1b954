import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, ecosystemMemberships, investorRequests, organizations } from '../../db/schema/index';
import { addMembership, createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let manager: TestClient;
let park: { id: string };
let otherPark: { id: string };

const ask = async (client: TestClient, overrides: Record<string, unknown> = {}) => {
  const response = await client.post('/api/investor-requests', {
    ecosystemId: park.id, contactName: 'Zhang Wei', contactEmail: 'zhang.wei@example.cn', companyName: 'Harbin Robotics',
    message: 'A production building of 2,000 m²', language: 'zh', consentToProcessing: true, ...overrides,
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
};
const membershipsOf = (organizationId: string) => t.connection.db.select().from(ecosystemMemberships).where(eq(ecosystemMemberships.organizationId, organizationId));
const auditOf = (entityType: string, entityId: string) => t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).then((rows) => rows.filter((r) => r.entityType === entityType));
const organizationCount = async () => (await t.connection.db.select({ value: count() }).from(organizations))[0]!.value;

beforeAll(async () => {
  t = await createTestApp();
  park = await createEcosystem(t.connection.db, { nameEn: 'Great Stone' });
  otherPark = await createEcosystem(t.connection.db, { nameEn: 'Hi-Tech Park' });
  manager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
});
afterAll(async () => t.close());

describe('the outcome "resident registered"', () => {
  it('creates the anonymous investor\'s organization and admits it as a resident, all audited', async () => {
    const id = await ask(new TestClient(t.app));
    const closed = await manager.post(`/api/investor-requests/${id}/outcome`, {
      outcome: 'resident_registered', newOrganization: { name: { en: 'Harbin Robotics', zh: '哈尔滨机器人' }, country: 'CN' }, residentSince: '2026-03-01', residentType: 'resident', registrationNumber: 'GS-2026-041',
    });
    expect(closed.statusCode).toBe(200);
    const body = closed.json();
    expect(body).toMatchObject({ status: 'resident_registered', residentOrganization: { name: { en: 'Harbin Robotics', zh: '哈尔滨机器人' } } });
    const [entry] = await membershipsOf(body.residentOrganization.id);
    expect(entry).toMatchObject({ id: body.residentMembershipId, ecosystemId: park.id, status: 'resident', dateFrom: '2026-03-01', registrationNumber: 'GS-2026-041' });
    expect((await auditOf('organization', body.residentOrganization.id)).map((a) => a.action)).toEqual(['create']);
    expect((await auditOf('ecosystem_membership', entry!.id)).map((a) => a.action)).toEqual(['create']);
    const [close] = (await auditOf('investor_request', id)).filter((a) => a.action === 'close');
    expect(close!.changes).toMatchObject({ residentMembershipId: { before: null, after: entry!.id }, residentAdmitted: { after: 'new' } });
  });

  it('links the entry of an organization already resident, and turns an applicant into a resident', async () => {
    const resident = await createOrganization(t.connection.db, { nameEn: 'Already Here', visibility: 'network' });
    const [existing] = await t.connection.db.insert(ecosystemMemberships).values({ ecosystemId: park.id, organizationId: resident.id, status: 'resident', dateFrom: '2024-01-10' }).returning();
    const linked = (await manager.post(`/api/investor-requests/${await ask(manager)}/outcome`, { outcome: 'resident_registered', residentOrganizationId: resident.id })).json();
    expect(linked).toMatchObject({ status: 'resident_registered', residentMembershipId: existing!.id });
    expect(await membershipsOf(resident.id)).toHaveLength(1);

    const applicant = await createOrganization(t.connection.db, { nameEn: 'Applying Ltd', visibility: 'network' });
    await addMembership(t.connection.db, park.id, applicant.id, 'applicant');
    const promoted = (await manager.post(`/api/investor-requests/${await ask(manager)}/outcome`, { outcome: 'resident_registered', residentOrganizationId: applicant.id })).json();
    const entries = await membershipsOf(applicant.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: promoted.residentMembershipId, status: 'resident' });
    const [update] = await auditOf('ecosystem_membership', entries[0]!.id);
    expect(update!.changes).toMatchObject({ status: { before: 'applicant', after: 'resident' } });
  });

  it('takes a signed-in sender\'s own organization when they have exactly one', async () => {
    const company = await createOrganization(t.connection.db, { nameEn: 'Sender Co', visibility: 'network' });
    const sender = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'member', scopeOrganizationId: company.id }])).email);
    const closed = (await manager.post(`/api/investor-requests/${await ask(sender)}/outcome`, { outcome: 'resident_registered' })).json();
    expect(closed.residentOrganization.id).toBe(company.id);
    expect((await membershipsOf(company.id))[0]).toMatchObject({ ecosystemId: park.id, status: 'resident' });
  });

  it.each([
    ['no organization for an anonymous sender', {}, 400, 'RESIDENT_ORGANIZATION_REQUIRED'],
    ['both a chosen and a new organization', { residentOrganizationId: 'SOME', newOrganization: { name: { en: 'Twice' }, country: 'CN' } }, 400, 'RESIDENT_ORGANIZATION_TWICE'],
    ['a new organization without a name', { newOrganization: { name: {}, country: 'CN' } }, 400, 'VALIDATION_FAILED'],
    ['an organization the registry does not have', { residentOrganizationId: '00000000-0000-4000-8000-000000000001' }, 400, 'REFERENCE_NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_label, extra, status, code) => {
    const id = await ask(new TestClient(t.app));
    const some = await createOrganization(t.connection.db, { visibility: 'network' });
    const organizationsBefore = await organizationCount();
    const body = { outcome: 'resident_registered', ...extra } as Record<string, unknown>;
    if (body.residentOrganizationId === 'SOME') body.residentOrganizationId = some.id;
    const response = await manager.post(`/api/investor-requests/${id}/outcome`, body);
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
    expect(await organizationCount()).toBe(organizationsBefore);
    expect(await membershipsOf(some.id)).toHaveLength(0);
    const [row] = await t.connection.db.select().from(investorRequests).where(eq(investorRequests.id, id));
    expect(row).toMatchObject({ status: 'new', residentMembershipId: null, closedAt: null });
  });

  it('keeps the register\'s rules: a number held by another resident refuses the whole outcome', async () => {
    const holder = await createOrganization(t.connection.db, { visibility: 'network' });
    await t.connection.db.insert(ecosystemMemberships).values({ ecosystemId: park.id, organizationId: holder.id, status: 'resident', dateFrom: '2023-05-01', registrationNumber: 'GS-TAKEN' });
    const id = await ask(new TestClient(t.app));
    const before = await organizationCount();
    const response = await manager.post(`/api/investor-requests/${id}/outcome`, { outcome: 'resident_registered', newOrganization: { name: { en: 'Late Comer' }, country: 'BY' }, registrationNumber: 'GS-TAKEN' });
    expect(response.json().code).toBe('REGISTRATION_NUMBER_TAKEN');
    // The organization created earlier in the same transaction is gone with it.
    expect(await organizationCount()).toBe(before);
  });

  it('does not let a park manager register residents of another park', async () => {
    const otherManager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: otherPark.id }])).email);
    const id = await ask(new TestClient(t.app));
    expect((await otherManager.post(`/api/investor-requests/${id}/outcome`, { outcome: 'resident_registered', newOrganization: { name: { en: 'X' }, country: 'CN' } })).statusCode).toBe(404);
  });
});
