import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, investorRequests } from '../../db/schema/index';
import { createEcosystem, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let manager: TestClient;
let park: { id: string };

const personal = { contactName: 'Ли Вэй', contactEmail: 'li.wei@example.cn', contactPhone: '+86 10 5555 0101', message: 'Меня зовут Ли Вэй, ищу склад 3 000 м²' };

async function send() {
  const response = await new TestClient(t.app).post('/api/investor-requests', { ecosystemId: park.id, companyName: 'Sino Freight', language: 'ru', consentToProcessing: true, ...personal });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; withdrawalToken: string };
}
const rowOf = async (id: string) => (await t.connection.db.select().from(investorRequests).where(eq(investorRequests.id, id)))[0]!;
const auditOf = (id: string) => t.connection.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
/** Whether any of the person's data is still anywhere in the rows given. */
const mentionsPerson = (value: unknown) => Object.values(personal).some((text) => JSON.stringify(value).includes(text));

beforeAll(async () => {
  t = await createTestApp();
  park = await createEcosystem(t.connection.db, { nameEn: 'Great Stone' });
  manager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
});
afterAll(async () => t.close());

describe('an investor withdrawing their consent (152-FZ)', () => {
  it('with the private token: erases the contact from the request and the audit trail, keeps a tombstone', async () => {
    const { id, withdrawalToken } = await send();
    expect(withdrawalToken.length).toBeGreaterThanOrEqual(40);
    await manager.post(`/api/investor-requests/${id}/responses`, { message: 'We have a warehouse for you' });
    expect((await rowOf(id)).withdrawalTokenHash).not.toContain(withdrawalToken);
    expect(mentionsPerson(await auditOf(id))).toBe(true);

    const withdrawn = await new TestClient(t.app).post('/api/investor-requests/consent-withdrawal', { token: withdrawalToken });
    expect(withdrawn.statusCode).toBe(204);
    const row = await rowOf(id);
    expect(row).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null, message: null, consentWithdrawnBy: 'sender', withdrawalTokenHash: null });
    expect(row.erasedAt).not.toBeNull();
    // The tombstone: what was asked, of which park, by which company, and the park's answer.
    expect(row).toMatchObject({ ecosystemId: park.id, companyName: 'Sino Freight', status: 'in_progress' });
    const entries = await auditOf(id);
    expect(mentionsPerson(entries)).toBe(false);
    expect(entries.map((e) => e.action)).toEqual(['create', 'respond', 'withdraw_consent']);
    expect(entries[0]!.changes.contactEmail).toEqual({ before: null, after: '[erased]' });
    expect(entries[2]!.changes).toMatchObject({ contactName: { before: '[erased]', after: null }, consentWithdrawnBy: { after: 'sender' } });

    const shown = (await manager.get(`/api/investor-requests/${id}`)).json();
    expect(shown).toMatchObject({ contactName: null, contactEmail: null, message: null, consentWithdrawnBy: 'sender', responses: [{ message: 'We have a warehouse for you' }] });
    // The link is spent, and nobody can answer a sender who is gone.
    expect((await new TestClient(t.app).post('/api/investor-requests/consent-withdrawal', { token: withdrawalToken })).json().code).toBe('WITHDRAWAL_LINK_UNKNOWN');
    expect((await manager.post(`/api/investor-requests/${id}/responses`, { message: 'Hello?' })).json().code).toBe('INVESTOR_CONSENT_WITHDRAWN');
  });

  it('by the park\'s manager on the investor\'s word, even after the outcome', async () => {
    const { id } = await send();
    await manager.post(`/api/investor-requests/${id}/outcome`, { outcome: 'declined', reason: 'Nothing that large is free' });
    const response = await manager.post(`/api/investor-requests/${id}/consent-withdrawal`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'declined', declineReason: 'Nothing that large is free', contactName: null, contactEmail: null, consentWithdrawnBy: 'manager' });
    expect(mentionsPerson(await rowOf(id))).toBe(false);
    expect(mentionsPerson(await auditOf(id))).toBe(false);
    const again = await manager.post(`/api/investor-requests/${id}/consent-withdrawal`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVESTOR_CONSENT_WITHDRAWN');
  });

  it('answers an unknown token without telling anything, and erases nothing', async () => {
    const { id } = await send();
    const response = await new TestClient(t.app).post('/api/investor-requests/consent-withdrawal', { token: 'x'.repeat(43) });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('WITHDRAWAL_LINK_UNKNOWN');
    expect((await rowOf(id)).contactEmail).toBe(personal.contactEmail);
  });
});
