import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, ecosystemMemberships } from '../../db/schema/index';
import { createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let park: Awaited<ReturnType<typeof createEcosystem>>;
let otherPark: Awaited<ReturnType<typeof createEcosystem>>;
let manager: TestClient;
let coordinator: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  park = await createEcosystem(t.connection.db, { nameEn: 'Own Park' });
  otherPark = await createEcosystem(t.connection.db, { nameEn: 'Other Park' });
  manager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
  coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
});
afterAll(async () => t.close());

const company = () => createOrganization(t.connection.db, { visibility: 'public' });
const membershipsOf = (organizationId: string) =>
  t.connection.db.select().from(ecosystemMemberships).where(and(eq(ecosystemMemberships.ecosystemId, park.id), eq(ecosystemMemberships.organizationId, organizationId)));

describe('memberships: writing the register', () => {
  it('admits an applicant, makes it a resident, ends it, and re-admits it as a new entry; every step audited', async () => {
    const organization = await company();
    const created = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: organization.id, status: 'applicant', dateFrom: '2024-03-01', residentType: 'startup_resident' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const admitted = await manager.patch(`/api/memberships/${id}`, { status: 'resident', dateFrom: '2024-05-15', registrationNumber: 'OP-7' });
    expect(admitted.json()).toMatchObject({ status: 'resident', dateFrom: '2024-05-15', registrationNumber: 'OP-7', residentType: 'startup_resident' });

    const noEnd = await manager.patch(`/api/memberships/${id}`, { status: 'former' });
    expect([noEnd.statusCode, noEnd.json().code]).toEqual([400, 'MEMBERSHIP_END_DATE_REQUIRED']);
    const reversed = await manager.patch(`/api/memberships/${id}`, { status: 'former', dateTo: '2024-01-01' });
    expect([reversed.statusCode, reversed.json().code]).toEqual([400, 'MEMBERSHIP_DATES_REVERSED']);
    expect((await manager.patch(`/api/memberships/${id}`, { status: 'former', dateTo: '2025-01-31' })).json().status).toBe('former');

    const reopened = await manager.patch(`/api/memberships/${id}`, { status: 'resident' });
    expect([reopened.statusCode, reopened.json().code]).toEqual([409, 'MEMBERSHIP_ENDED']);
    const again = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: organization.id, status: 'resident', dateFrom: '2025-06-01', registrationNumber: 'OP-7' });
    expect(again.statusCode).toBe(201);
    expect((await membershipsOf(organization.id)).map((m) => m.status).sort()).toEqual(['former', 'resident']);

    const audit = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update', 'update']);
    expect(audit[2]!.changes).toMatchObject({ status: { before: 'resident', after: 'former' }, dateTo: { before: null, after: '2025-01-31' } });
  });

  it('refuses a second current membership and an overlapping period, changing nothing', async () => {
    const organization = await company();
    await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: organization.id, status: 'resident', dateFrom: '2023-01-01' });
    const second = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: organization.id, status: 'applicant', dateFrom: '2024-01-01' });
    expect([second.statusCode, second.json().code]).toEqual([409, 'MEMBERSHIP_OVERLAP']);
    // An earlier, closed period is history that may still be recorded.
    const earlier = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: organization.id, status: 'former', dateFrom: '2019-01-01', dateTo: '2021-01-01' });
    expect(earlier.statusCode).toBe(201);
    expect(await membershipsOf(organization.id)).toHaveLength(2);
  });

  it('keeps registration numbers unique among current members only', async () => {
    const [first, second] = [await company(), await company()];
    await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: first.id, status: 'resident', dateFrom: '2023-01-01', registrationNumber: 'OP-100' });
    const taken = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: second.id, status: 'resident', dateFrom: '2023-02-01', registrationNumber: 'OP-100' });
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'REGISTRATION_NUMBER_TAKEN']);
    // In another park the same number is free.
    const elsewhere = await coordinator.post(`/api/ecosystems/${otherPark.id}/memberships`, { organizationId: second.id, status: 'resident', dateFrom: '2023-02-01', registrationNumber: 'OP-100' });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('refuses bad input with codes: not an ecosystem, itself, hidden organization, impossible dates, unknown fields', async () => {
    const organization = await company();
    const notPark = await coordinator.post(`/api/ecosystems/${organization.id}/memberships`, { organizationId: (await company()).id, status: 'applicant', dateFrom: '2024-01-01' });
    expect([notPark.statusCode, notPark.json().code]).toEqual([404, 'NOT_AN_ECOSYSTEM']);
    const itself = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: park.id, status: 'applicant', dateFrom: '2024-01-01' });
    expect(itself.json().code).toBe('MEMBERSHIP_OF_ITSELF');
    const secret = await createOrganization(t.connection.db, { visibility: 'private' });
    const hidden = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: secret.id, status: 'applicant', dateFrom: '2024-01-01' });
    expect([hidden.statusCode, hidden.json().code]).toEqual([404, 'NOT_FOUND']);
    expect(await membershipsOf(secret.id)).toHaveLength(0);
    const badDate = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: organization.id, status: 'applicant', dateFrom: '2024-02-30' });
    expect([badDate.statusCode, badDate.json().details.issues[0].path]).toEqual([400, 'body.dateFrom']);
    const unknown = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: organization.id, status: 'applicant', dateFrom: '2024-02-01', note: 'x' });
    expect(unknown.json().code).toBe('VALIDATION_FAILED');
  });

  it('lets a park manager write only their own park, and delete a mistaken entry with an audit trail', async () => {
    const organization = await company();
    const foreign = await manager.post(`/api/ecosystems/${otherPark.id}/memberships`, { organizationId: organization.id, status: 'applicant', dateFrom: '2024-01-01' });
    expect([foreign.statusCode, foreign.json().code]).toEqual([403, 'FORBIDDEN']);
    const foreignEntry = (await coordinator.post(`/api/ecosystems/${otherPark.id}/memberships`, { organizationId: organization.id, status: 'applicant', dateFrom: '2024-01-01' })).json();
    expect((await manager.patch(`/api/memberships/${foreignEntry.id}`, { status: 'resident' })).statusCode).toBe(403);
    expect((await manager.delete(`/api/memberships/${foreignEntry.id}`)).statusCode).toBe(403);

    const mistake = (await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: organization.id, status: 'applicant', dateFrom: '2024-01-01' })).json();
    expect((await manager.delete(`/api/memberships/${mistake.id}`)).statusCode).toBe(204);
    expect(await membershipsOf(organization.id)).toHaveLength(0);
    const [entry] = await t.connection.db.select().from(auditLog).where(and(eq(auditLog.entityId, mistake.id), eq(auditLog.action, 'delete')));
    expect(entry?.changes).toMatchObject({ status: { before: 'applicant', after: null } });
    expect((await manager.delete(`/api/memberships/${mistake.id}`)).statusCode).toBe(404);
  });
});
