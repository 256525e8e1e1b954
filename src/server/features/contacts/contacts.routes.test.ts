import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, persons } from '../../db/schema/index';
import { addMembership, createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let coordinator: TestClient;
let member: TestClient;
let outsider: TestClient;
let parkManager: TestClient;
let organization: Awaited<ReturnType<typeof createOrganization>>;

const consent = (overrides: Record<string, unknown> = {}) => ({
  purpose: 'Cooperation within the network of the center',
  scope: 'name, position, email, phone',
  givenOn: '2025-03-01',
  source: 'Signed form no. 12',
  ...overrides,
});

const newContact = (overrides: Record<string, unknown> = {}) => ({
  fullName: { ru: 'Мария Петрова', en: 'Maria Petrova' },
  position: { ru: 'Директор по развитию' },
  email: 'Maria.Petrova@example.ru',
  phone: '+7 (914) 555-12-34',
  languages: ['ru', 'en', 'en'],
  consents: { processing: consent() },
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  const db = t.connection.db;
  const park = await createEcosystem(db);
  organization = await createOrganization(db, { visibility: 'public' });
  await addMembership(db, park.id, organization.id);
  coordinator = await new TestClient(t.app).login((await createUser(db, [{ role: 'coordinator' }])).email);
  member = await new TestClient(t.app).login((await createUser(db, [{ role: 'member', scopeOrganizationId: organization.id }])).email);
  parkManager = await new TestClient(t.app).login((await createUser(db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
  const otherOrganization = await createOrganization(db);
  outsider = await new TestClient(t.app).login((await createUser(db, [{ role: 'member', scopeOrganizationId: otherOrganization.id }])).email);
});
afterAll(async () => t.close());

const contactsUrl = () => `/api/organizations/${organization.id}/contacts`;

describe('adding a contact', () => {
  it('stores the contact with its consent, normalizing email, phone and languages, audited once', async () => {
    const response = await member.post(contactsUrl(), newContact());
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      disclosure: 'full',
      fullName: { ru: 'Мария Петрова', en: 'Maria Petrova', zh: null },
      email: 'maria.petrova@example.ru',
      phone: '+79145551234',
      languages: ['ru', 'en'],
      processingSince: '2025-03-01',
      disseminationSince: null,
    });
    expect(created.consents).toHaveLength(1);
    const entries = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(entries.map((e) => e.action)).toEqual(['create']);
    expect(entries[0]!.changes).toMatchObject({ email: { after: 'maria.petrova@example.ru' }, processingConsent: { after: { source: 'Signed form no. 12' } } });
  });

  it('refuses a contact without a consent, without a name, with a bad phone, email or language, or a future consent — writing nothing', async () => {
    const count = async () => (await t.connection.db.select().from(persons)).length;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [newContact({ consents: {} }), 'body.consents.processing'],
      [newContact({ fullName: { ru: ' ', en: null } }), 'body.fullName'],
      [newContact({ phone: '8 914 555 12 34' }), 'body.phone'],
      [newContact({ email: 'not-an-email' }), 'body.email'],
      [newContact({ languages: ['xx'] }), 'body.languages.0'],
      [newContact({ consents: { processing: consent({ givenOn: '2999-01-01' }) } }), 'body.consents.processing.givenOn'],
      [newContact({ consents: { processing: consent({ purpose: '' }) } }), 'body.consents.processing.purpose'],
    ];
    for (const [body, path] of cases) {
      const response = await member.post(contactsUrl(), body);
      expect([response.statusCode, response.json().code], path).toEqual([400, 'VALIDATION_FAILED']);
      expect(response.json().details.issues.map((i: { path: string }) => i.path), path).toContain(path);
    }
    // Worded in the caller's language (the profile's, here Russian by default).
    const worded = (await member.post(contactsUrl(), newContact({ phone: '123' }))).json();
    expect([worded.message, worded.details.issues[0].message]).toEqual(['Некоторые поля заполнены неверно.', 'Неверный формат.']);
    expect(await count()).toBe(before);
  });

  it('lets the park manager of its park add one, but not a member of another organization', async () => {
    expect((await parkManager.post(contactsUrl(), newContact())).statusCode).toBe(201);
    const refused = await outsider.post(contactsUrl(), newContact());
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
    expect((await new TestClient(t.app).post(contactsUrl(), newContact())).statusCode).toBe(401);
  });
});

describe('who sees what', () => {
  it('shows a foreign member name and position only, and email and phone only with a consent to dissemination', async () => {
    const hidden = (await member.post(contactsUrl(), newContact({ fullName: { en: 'Private Person' }, email: 'private@example.ru', phone: '+79140000001' }))).json();
    const published = (await member.post(contactsUrl(), newContact({
      fullName: { en: 'Public Person' }, email: 'public@example.ru', phone: '+79140000002',
      consents: { processing: consent(), dissemination: consent({ purpose: 'Publication in the catalog' }) },
    }))).json();

    const outsiderResponse = await outsider.get(contactsUrl());
    expect(outsiderResponse.body).not.toContain('private@example.ru');
    expect(outsiderResponse.body).not.toContain('+79140000001');
    expect(outsiderResponse.body).not.toContain('Signed form');
    const seen = outsiderResponse.json();
    expect(seen.canManage).toBe(false);
    expect(seen.items.find((c: { id: string }) => c.id === hidden.id)).toMatchObject({ disclosure: 'name_only', fullName: { en: 'Private Person' }, email: null, phone: null, languages: [], consents: null });
    expect(seen.items.find((c: { id: string }) => c.id === published.id)).toMatchObject({ disclosure: 'published', email: 'public@example.ru', phone: '+79140000002' });

    const anonymousResponse = await new TestClient(t.app).get(contactsUrl());
    expect(anonymousResponse.statusCode).toBe(200);
    expect(anonymousResponse.json().items.map((c: { id: string }) => c.id)).toEqual([published.id]);

    const mine = await member.get(contactsUrl());
    expect(mine.json().canManage).toBe(true);
    expect(mine.json().items.find((c: { id: string }) => c.id === hidden.id)).toMatchObject({ disclosure: 'full', email: 'private@example.ru' });
  });

  it('answers 404 for the contacts of an organization the caller may not read', async () => {
    const privateOrganization = await createOrganization(t.connection.db, { visibility: 'private' });
    const response = await outsider.get(`/api/organizations/${privateOrganization.id}/contacts`);
    expect([response.statusCode, response.json().code]).toEqual([404, 'NOT_FOUND']);
  });

  it('stops the managers of a former park from reading personal data', async () => {
    const db = t.connection.db;
    const formerPark = await createEcosystem(db);
    const company = await createOrganization(db, { visibility: 'network' });
    await addMembership(db, formerPark.id, company.id, 'former');
    const formerManager = await new TestClient(t.app).login((await createUser(db, [{ role: 'park_manager', scopeOrganizationId: formerPark.id }])).email);
    await coordinator.post(`/api/organizations/${company.id}/contacts`, newContact({ email: 'former@example.ru' }));
    const response = await formerManager.get(`/api/organizations/${company.id}/contacts`);
    expect(response.json()).toMatchObject({ canManage: false, items: [{ disclosure: 'name_only', email: null }] });
  });
});

describe('editing and consents', () => {
  it('edits a contact, audited with before and after', async () => {
    const created = (await member.post(contactsUrl(), newContact())).json();
    const response = await member.patch(`/api/contacts/${created.id}`, { position: { en: 'Chief Engineer' }, phone: null });
    expect(response.json()).toMatchObject({ position: { ru: null, en: 'Chief Engineer' }, phone: null });
    const entries = await t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(entries.find((e) => e.action === 'update')!.changes).toMatchObject({ positionEn: { before: null, after: 'Chief Engineer' }, phone: { before: '+79145551234', after: null } });
    const noName = await member.patch(`/api/contacts/${created.id}`, { fullName: { ru: '' } });
    expect(noName.json().code).toBe('VALIDATION_FAILED');
  });

  it('adds a consent to dissemination once, and withdrawing it only hides the contact from outside', async () => {
    const created = (await member.post(contactsUrl(), newContact({ email: 'toggle@example.ru' }))).json();
    const given = await member.post(`/api/contacts/${created.id}/consents`, { kind: 'dissemination', ...consent({ givenOn: '2025-04-01' }) });
    expect(given.json()).toMatchObject({ disseminationSince: '2025-04-01' });
    expect((await outsider.get(contactsUrl())).body).toContain('toggle@example.ru');
    const again = await member.post(`/api/contacts/${created.id}/consents`, { kind: 'dissemination', ...consent() });
    expect([again.statusCode, again.json().code]).toEqual([409, 'CONSENT_ALREADY_GIVEN']);

    const withdrawn = await member.post(`/api/contacts/${created.id}/withdraw-consent`, { kind: 'dissemination' });
    expect(withdrawn.json()).toMatchObject({ disclosure: 'full', email: 'toggle@example.ru', disseminationSince: null, processingSince: '2025-03-01', erasedAt: null });
    expect((await outsider.get(contactsUrl())).body).not.toContain('toggle@example.ru');
    const twice = await member.post(`/api/contacts/${created.id}/withdraw-consent`, { kind: 'dissemination' });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'CONSENT_NOT_GIVEN']);
  });

  it('asks for the consent to processing before editing a person who has none, then accepts it', async () => {
    const [person] = await t.connection.db.insert(persons).values({ organizationId: organization.id, fullNameEn: 'Legacy Person' }).returning();
    const edit = await coordinator.patch(`/api/contacts/${person!.id}`, { email: 'legacy@example.ru' });
    expect([edit.statusCode, edit.json().code]).toEqual([409, 'CONSENT_REQUIRED']);
    const publish = await coordinator.post(`/api/contacts/${person!.id}/consents`, { kind: 'dissemination', ...consent() });
    expect(publish.json().code).toBe('CONSENT_REQUIRED');
    expect((await coordinator.post(`/api/contacts/${person!.id}/consents`, { kind: 'processing', ...consent() })).statusCode).toBe(200);
    expect((await coordinator.patch(`/api/contacts/${person!.id}`, { email: 'legacy@example.ru' })).statusCode).toBe(200);
  });
});
