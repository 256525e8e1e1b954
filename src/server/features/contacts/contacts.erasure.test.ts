import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementParties, agreements, agreementSignatories, auditLog, personConsents, persons } from '../../db/schema/index';
import { createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let coordinator: TestClient;
let member: TestClient;
let organization: Awaited<ReturnType<typeof createOrganization>>;

const consent = { purpose: 'Cooperation', scope: 'name, contacts', givenOn: '2025-01-15', source: 'Form no. 7' };
const personal = { email: 'erase.me@example.ru', phone: '+79991234567', languages: ['ru', 'zh'] };

beforeAll(async () => {
  t = await createTestApp();
  organization = await createOrganization(t.connection.db, { visibility: 'network' });
  coordinator = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'coordinator' }])).email);
  member = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'member', scopeOrganizationId: organization.id }])).email);
});
afterAll(async () => t.close());

async function addContact(name: string) {
  const response = await member.post(`/api/organizations/${organization.id}/contacts`, {
    fullName: { ru: name, en: `${name} (en)` }, position: { en: 'Head of Sales' }, ...personal,
    consents: { processing: consent, dissemination: { ...consent, purpose: 'Publication' } },
  });
  expect(response.statusCode).toBe(201);
  const id: string = response.json().id;
  expect((await member.patch(`/api/contacts/${id}`, { phone: '+79997654321' })).statusCode).toBe(200);
  return id;
}

const auditOf = (id: string) => t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);

describe('withdrawing the consent to processing', () => {
  it('erases the personal fields, ends both consents and keeps a tombstone seen only by coordinators', async () => {
    const id = await addContact('Ольга Стёртая');
    const response = await member.post(`/api/contacts/${id}/withdraw-consent`, { kind: 'processing' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ disclosure: 'tombstone', fullName: { ru: null, en: null, zh: null }, position: { en: null }, email: null, phone: null, languages: [] });

    const [row] = await t.connection.db.select().from(persons).where(eq(persons.id, id));
    expect(row).toMatchObject({ fullNameRu: null, fullNameEn: null, positionEn: null, email: null, phone: null, languages: [] });
    expect(row!.erasedAt).toBeInstanceOf(Date);
    const consents = await t.connection.db.select().from(personConsents).where(eq(personConsents.personId, id));
    expect(consents.map((c) => [c.kind, c.withdrawnAt !== null])).toEqual([['processing', true], ['dissemination', true]]);

    expect((await member.get(`/api/organizations/${organization.id}/contacts`)).json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    const seenByCoordinator = (await coordinator.get(`/api/organizations/${organization.id}/contacts`)).json().items.find((c: { id: string }) => c.id === id);
    expect(seenByCoordinator).toMatchObject({ disclosure: 'tombstone', email: null });
    expect(seenByCoordinator.erasedAt).not.toBeNull();
  });

  it('keeps no erased value anywhere in the audit trail: neither in its own entry nor in the earlier ones', async () => {
    const id = await addContact('Пётр Забытый');
    await member.post(`/api/contacts/${id}/withdraw-consent`, { kind: 'processing' });
    const entries = await auditOf(id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'withdraw_consent']);
    const trail = JSON.stringify(entries.map((e) => e.changes));
    for (const value of ['Пётр Забытый', 'erase.me@example.ru', '+79991234567', '+79997654321', 'Head of Sales', '"zh"']) expect(trail).not.toContain(value);
    expect(entries[0]!.changes.email).toEqual({ before: null, after: '[erased]' });
    expect(entries[1]!.changes.phone).toEqual({ before: '[erased]', after: '[erased]' });
    // What is not personal data stays: the consent records and the fact of each change.
    expect(entries[0]!.changes.processingConsent).toEqual({ before: null, after: consent });
    expect(entries[2]!.changes).toMatchObject({ email: { before: '[erased]', after: null }, processingConsent: { before: 'given', after: 'withdrawn' } });
    // The trail read through the API says the same.
    const viaApi = await coordinator.get(`/api/audit?entityType=contact&entityId=${id}`);
    expect(viaApi.body).not.toContain('erase.me@example.ru');
  });

  it('refuses any further change to an erased contact', async () => {
    const id = await addContact('Анна Ушедшая');
    await coordinator.post(`/api/contacts/${id}/withdraw-consent`, { kind: 'processing' });
    for (const response of [
      await coordinator.patch(`/api/contacts/${id}`, { email: 'back@example.ru' }),
      await coordinator.post(`/api/contacts/${id}/consents`, { kind: 'processing', ...consent }),
      await coordinator.post(`/api/contacts/${id}/withdraw-consent`, { kind: 'processing' }),
    ]) expect([response.statusCode, response.json().code]).toEqual([409, 'CONTACT_ERASED']);
    // The member no longer sees the tombstone at all.
    expect((await member.patch(`/api/contacts/${id}`, { email: 'back@example.ru' })).statusCode).toBe(404);
  });

  it('keeps the name and position of a signatory, so that a signed agreement still says who signed it', async () => {
    const id = await addContact('Игорь Подписант');
    const db = t.connection.db;
    const [agreement] = await db.insert(agreements).values({ kind: 'memorandum', titleEn: 'Signed memorandum', status: 'active' }).returning();
    await db.insert(agreementParties).values({ agreementId: agreement!.id, organizationId: organization.id });
    await db.insert(agreementSignatories).values({ agreementId: agreement!.id, personId: id, partyOrganizationId: organization.id });

    const response = await member.post(`/api/contacts/${id}/withdraw-consent`, { kind: 'processing' });
    expect(response.json()).toMatchObject({ disclosure: 'tombstone', fullName: { ru: 'Игорь Подписант' }, position: { en: 'Head of Sales' }, email: null, phone: null, languages: [] });
    const signed = (await coordinator.get(`/api/agreements/${agreement!.id}`)).json();
    expect(signed.signatories).toEqual([expect.objectContaining({ personId: id, fullName: expect.objectContaining({ ru: 'Игорь Подписант' }), position: expect.objectContaining({ en: 'Head of Sales' }) })]);
    // Out of the contacts all the same.
    expect((await member.get(`/api/organizations/${organization.id}/contacts`)).body).not.toContain('Игорь Подписант');

    const entries = await auditOf(id);
    const trail = JSON.stringify(entries.map((e) => e.changes));
    expect(trail).not.toContain('erase.me@example.ru');
    expect(trail).toContain('Игорь Подписант');
    expect(entries.at(-1)!.changes.retainedAsSignatory).toBeDefined();
  });

  it('erases once when two withdrawals arrive together', async () => {
    const id = await addContact('Вера Дважды');
    const before = await auditOf(id);
    const responses = await Promise.all([
      member.post(`/api/contacts/${id}/withdraw-consent`, { kind: 'processing' }),
      member.post(`/api/contacts/${id}/withdraw-consent`, { kind: 'processing' }),
    ]);
    const statuses = responses.map((r) => r.statusCode).sort();
    // The loser either finds the row locked and then erased (409) or no longer sees it at all (404).
    expect(statuses[0]).toBe(200);
    expect([404, 409]).toContain(statuses[1]);
    const after = await auditOf(id);
    expect(after.filter((e) => e.action === 'withdraw_consent')).toHaveLength(1);
    expect(after).toHaveLength(before.length + 1);
  });
});
