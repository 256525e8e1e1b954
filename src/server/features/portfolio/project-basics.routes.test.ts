import { and, count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, auditLog, directions, persons, portfolios, projects } from '../../db/schema/index';
import { addMembership, createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

/** Editing a passport's people and links after registration: who may, what is checked, what is kept. */
const unknownId = '00000000-0000-4000-8000-000000000001';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let t: TestApp;
let coordinator: TestClient;
let manager: TestClient;
let parkManager: TestClient;
let stranger: TestClient;
let ids: Record<'park' | 'otherPark' | 'resident' | 'manager' | 'curator' | 'newCurator' | 'contact' | 'bio' | 'it' | 'agreement' | 'project', string>;

const versionAndAudit = async () => {
  const db = t.connection.db;
  const [project] = await db.select({ version: projects.version }).from(projects).where(eq(projects.id, ids.project));
  const [audit] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entityType, 'project'), eq(auditLog.entityId, ids.project)));
  return { version: project!.version, audit: audit!.n };
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  const park = await createEcosystem(db, { nameEn: 'Great Stone' });
  const otherPark = await createEcosystem(db, { nameEn: 'Hi-Tech Park' });
  const resident = await createOrganization(db, { nameEn: 'BioPharm Resident' });
  await addMembership(db, park.id, resident.id);
  const [contact] = await db.insert(persons).values({ organizationId: resident.id, fullNameEn: 'Anna Administrator', positionEn: 'Project office' }).returning();
  const [bio] = await db.insert(directions).values({ code: 'test_basics_bio', labelRu: 'Био', labelEn: 'Bio', labelZh: '生物' }).returning();
  const [it] = await db.insert(directions).values({ code: 'test_basics_it', labelRu: 'ИТ', labelEn: 'IT', labelZh: '信息技术' }).returning();
  const [agreement] = await db.insert(agreements).values({ titleEn: 'Cooperation agreement', kind: 'cooperation', status: 'signed' } as typeof agreements.$inferInsert).returning();
  const managerUser = await createUser(db, [{ role: 'member', scopeOrganizationId: resident.id }], { fullName: 'Project Manager' });
  const curatorUser = await createUser(db, [{ role: 'analyst' }], { fullName: 'First Curator' });
  const newCurator = await createUser(db, [{ role: 'coordinator' }], { fullName: 'Second Curator' });
  coordinator = await new TestClient(t.app).login((await createUser(db, [{ role: 'coordinator' }])).email);
  manager = await new TestClient(t.app).login(managerUser.email);
  parkManager = await new TestClient(t.app).login((await createUser(db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
  stranger = await new TestClient(t.app).login((await createUser(db, [{ role: 'member', scopeOrganizationId: (await createOrganization(db)).id }])).email);
  const [portfolio] = await db.insert(portfolios).values({ code: 'BASICS', nameEn: 'Basics' }).returning();
  const created = await coordinator.post('/api/projects', {
    portfolioId: portfolio!.id, code: 'BASICS-1', shortName: { en: 'Biologics' }, fullName: { en: 'Joint biologics' }, startsOn: day(-30), endsOn: day(300),
    ecosystemIds: [park.id], directionIds: [bio!.id], curatorUserId: curatorUser.id, managerUserId: managerUser.id,
    participants: [{ organizationId: resident.id, role: 'Executor' }],
  });
  expect(created.statusCode, created.body).toBe(201);
  ids = {
    park: park.id, otherPark: otherPark.id, resident: resident.id, manager: managerUser.id, curator: curatorUser.id, newCurator: newCurator.id,
    contact: contact!.id, bio: bio!.id, it: it!.id, agreement: agreement!.id, project: created.json().id,
  };
});
afterAll(async () => t.close());

describe('editing the people and links of a passport', () => {
  it('offers active users and the participants\' contacts to editors only', async () => {
    const options = await coordinator.get(`/api/projects/${ids.project}/people`);
    expect(options.statusCode, options.body).toBe(200);
    expect(options.json().users).toEqual(expect.arrayContaining([{ id: ids.newCurator, fullName: 'Second Curator' }]));
    expect(options.json().contacts).toEqual([expect.objectContaining({ id: ids.contact, organizationId: ids.resident, fullName: expect.objectContaining({ en: 'Anna Administrator' }) })]);
    expect((await stranger.get(`/api/projects/${ids.project}/people`)).statusCode).toBe(404);
  });

  it('changes curator, administrator, directions, ecosystems and agreements, audited, with a new version and the overview following', async () => {
    const before = await versionAndAudit();
    const edited = await coordinator.patch(`/api/projects/${ids.project}`, {
      curatorUserId: ids.newCurator, administratorPersonId: ids.contact, directionIds: [ids.it], ecosystemIds: [ids.park, ids.otherPark], agreementIds: [ids.agreement],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      curator: { id: ids.newCurator }, manager: { id: ids.manager }, administrator: { id: ids.contact }, directions: [{ id: ids.it }], agreements: [{ id: ids.agreement }],
    });
    expect(edited.json().ecosystems.map((e: { id: string }) => e.id).sort()).toEqual([ids.park, ids.otherPark].sort());
    expect(await versionAndAudit()).toEqual({ version: before.version + 1, audit: before.audit + 1 });
    const [entry] = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, ids.project)).orderBy(desc(auditLog.id)).limit(1);
    expect(entry!.changes).toMatchObject({ curatorUserId: { before: ids.curator, after: ids.newCurator }, directionIds: { before: [ids.bio], after: [ids.it] } });
    // The overview filters by the new curator and direction at once.
    const byCurator = await coordinator.get(`/api/portfolio/overview?curatorUserId=${ids.newCurator}&directionId=${ids.it}`);
    expect(byCurator.json().items.map((p: { id: string }) => p.id)).toEqual([ids.project]);
  });

  it.each([
    ['a curator', { curatorUserId: unknownId }, 'curatorUserId'],
    ['a manager', { managerUserId: unknownId }, 'managerUserId'],
    ['an administrator', { administratorPersonId: unknownId }, 'administratorPersonId'],
    ['a direction', { directionIds: [unknownId] }, 'directionIds'],
    ['an ecosystem', { ecosystemIds: [unknownId] }, 'ecosystemIds'],
    ['an agreement', { agreementIds: [unknownId] }, 'agreementIds'],
  ])('refuses %s that does not exist with the field named, writing nothing', async (_what, body, field) => {
    const before = await versionAndAudit();
    const response = await coordinator.patch(`/api/projects/${ids.project}`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'REFERENCE_NOT_FOUND', details: { field, id: unknownId } });
    expect(await versionAndAudit()).toEqual(before);
  });

  it('lets the manager change the directions, not the curator nor the parks that see the project', async () => {
    expect((await manager.patch(`/api/projects/${ids.project}`, { directionIds: [ids.bio, ids.it] })).statusCode).toBe(200);
    const before = await versionAndAudit();
    const curatorChange = await manager.patch(`/api/projects/${ids.project}`, { curatorUserId: ids.manager });
    expect(curatorChange.statusCode).toBe(403);
    expect(curatorChange.json().code).toBe('FORBIDDEN');
    expect((await manager.patch(`/api/projects/${ids.project}`, { ecosystemIds: [ids.park] })).statusCode).toBe(403);
    expect(await versionAndAudit()).toEqual(before);
  });

  it('lets a park manager link and unlink only their own park', async () => {
    expect((await parkManager.patch(`/api/projects/${ids.project}`, { ecosystemIds: [ids.park] })).statusCode).toBe(403);
    expect((await coordinator.patch(`/api/projects/${ids.project}`, { ecosystemIds: [ids.otherPark, ids.park] })).statusCode).toBe(200);
    const dropped = await coordinator.patch(`/api/projects/${ids.project}`, { ecosystemIds: [ids.otherPark] });
    expect(dropped.statusCode).toBe(200);
    // No longer in the park: its manager does not see the project any more, nor may link it back.
    expect((await parkManager.patch(`/api/projects/${ids.project}`, { ecosystemIds: [ids.otherPark, ids.park] })).statusCode).toBe(404);
    expect((await coordinator.patch(`/api/projects/${ids.project}`, { ecosystemIds: [ids.otherPark, ids.park] })).statusCode).toBe(200);
    expect((await parkManager.patch(`/api/projects/${ids.project}`, { ecosystemIds: [ids.park] })).statusCode).toBe(403);
    // The same parks in another order are no change, and the rest of the basics stay theirs to edit.
    const same = await parkManager.patch(`/api/projects/${ids.project}`, { ecosystemIds: [ids.park, ids.otherPark], directionIds: [ids.bio] });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().directions).toEqual([expect.objectContaining({ id: ids.bio })]);
  });
});
