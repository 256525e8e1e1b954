import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directions, ecosystemMemberships, organizationDirections } from '../../db/schema/index';
import { createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let park: Awaited<ReturnType<typeof createEcosystem>>;
let hidden: Awaited<ReturnType<typeof createOrganization>>;
let manager: TestClient;
let analyst: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  park = await createEcosystem(db, { nameEn: 'Stone Park', country: 'BY' });
  const [top] = await db.insert(directions).values({ code: 'test_bio', labelRu: 'Био', labelEn: 'Bio', labelZh: '生物' }).returning();
  const [sub] = await db.insert(directions).values({ code: 'test_bio_pharma', parentId: top!.id, labelRu: 'Фарма', labelEn: 'Pharma', labelZh: '制药' }).returning();
  const chinese = await createOrganization(db, { nameRu: null, nameEn: 'Alpha Enzymes', country: 'CN', headcount: 41 });
  const belarusian = await createOrganization(db, { nameRu: null, nameEn: 'Beta Machines', country: 'BY' });
  hidden = await createOrganization(db, { nameRu: null, nameEn: 'Gamma Secret', country: 'CN', visibility: 'private', headcount: 5150 });
  const applicant = await createOrganization(db, { nameRu: null, nameEn: 'Delta Applicant', country: 'CN' });
  await db.insert(organizationDirections).values([{ organizationId: chinese.id, directionId: sub!.id }, { organizationId: hidden.id, directionId: top!.id }]);
  await db.insert(ecosystemMemberships).values([
    { ecosystemId: park.id, organizationId: chinese.id, status: 'resident', dateFrom: '2019-05-01', registrationNumber: 'SP-001' },
    { ecosystemId: park.id, organizationId: belarusian.id, status: 'former', dateFrom: '2018-01-10', dateTo: '2020-03-01', registrationNumber: 'SP-000' },
    { ecosystemId: park.id, organizationId: hidden.id, status: 'resident', dateFrom: '2021-07-01' },
    { ecosystemId: park.id, organizationId: applicant.id, status: 'applicant', dateFrom: '2024-02-01' },
  ]);
  manager = await new TestClient(t.app).login((await createUser(db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
  analyst = await new TestClient(t.app).login((await createUser(db, [{ role: 'analyst' }])).email);
});
afterAll(async () => t.close());

describe('ecosystems: reading', () => {
  it('lists ecosystems with their resident counts', async () => {
    const response = await analyst.get('/api/ecosystems');
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toContainEqual(expect.objectContaining({ id: park.id, kind: 'industrial_park', residentCount: 2 }));
  });

  it('gives the register figures: statuses, countries, top-level directions, years', async () => {
    const body = (await analyst.get(`/api/ecosystems/${park.id}`)).json();
    expect(body.stats.byStatus).toEqual({ applicant: 1, resident: 2, former: 1 });
    // Aggregates count every resident, including ones the caller cannot open.
    expect(body.stats.byCountry).toEqual([{ key: 'CN', count: 2 }]);
    expect(body.stats.byDirection).toEqual([expect.objectContaining({ code: 'test_bio', label: { ru: 'Био', en: 'Bio', zh: '生物' }, count: 2 })]);
    expect(body.stats.timeline[0]).toEqual({ year: 2018, applicant: 0, resident: 1, former: 0 });
    expect(body.stats.timeline.find((point: { year: number }) => point.year === 2020)).toEqual({ year: 2020, applicant: 0, resident: 1, former: 1 });
    expect(body.canManageMemberships).toBe(false);
    expect((await manager.get(`/api/ecosystems/${park.id}`)).json().canManageMemberships).toBe(true);
  });

  it('answers NOT_AN_ECOSYSTEM for a company and 404 for what the caller cannot see', async () => {
    const company = await createOrganization(t.connection.db, { visibility: 'public' });
    const notEcosystem = await analyst.get(`/api/ecosystems/${company.id}`);
    expect([notEcosystem.statusCode, notEcosystem.json().code]).toEqual([404, 'NOT_AN_ECOSYSTEM']);
    const privatePark = await createEcosystem(t.connection.db, { visibility: 'private' });
    expect((await analyst.get(`/api/ecosystems/${privatePark.id}`)).json().code).toBe('NOT_FOUND');
  });

  it('lists members with filters; private members and figures only for those allowed', async () => {
    const forAnalyst = (await analyst.get(`/api/ecosystems/${park.id}/members?sort=name`)).json();
    expect(forAnalyst.items.map((m: { organization: { name: { en: string } } }) => m.organization.name.en)).toEqual(['Alpha Enzymes', 'Beta Machines', 'Delta Applicant']);
    expect(forAnalyst.items[0].privateFigures).toBeNull();

    const forManager = (await manager.get(`/api/ecosystems/${park.id}/members?country=cn&status=resident`)).json();
    expect(forManager.total).toBe(2);
    expect(forManager.items.find((m: { organizationId: string }) => m.organizationId === hidden.id).privateFigures.headcount).toBe(5150);

    const topDirection = (await manager.get(`/api/ecosystems/${park.id}`)).json().stats.byDirection[0].directionId;
    const byDirection = (await manager.get(`/api/ecosystems/${park.id}/members?directionId=${topDirection}`)).json();
    expect(byDirection.total).toBe(2);
    const byNumber = (await manager.get(`/api/ecosystems/${park.id}/members?q=SP-000`)).json();
    expect(byNumber.items.map((m: { registrationNumber: string }) => m.registrationNumber)).toEqual(['SP-000']);
  });

  it('refuses an unknown filter value', async () => {
    const response = await analyst.get(`/api/ecosystems/${park.id}/members?status=member`);
    expect([response.statusCode, response.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
