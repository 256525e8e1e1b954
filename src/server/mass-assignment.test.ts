import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationsOf, type Operation } from './fuzz/operations';
import { validValue, type JsonSchema } from './fuzz/schema-arbitrary';
import { createUser, testPassword } from './test-support/factories';
import { createTestApp, TestClient, type TestApp } from './test-support/test-app';

/**
 * Mass assignment (API Security Top 10: BOPLA): a write endpoint takes only the fields its contract
 * names. Names that say who owns a thing, who may do what, or how far it got — sent where the
 * contract does not name them — are refused before anything runs, even by an administrator.
 * Where a contract does name one, it is on the reviewed list below with the rule that guards it.
 */
const protectedName = /^(id|ownerId|owner\w*Id|createdBy\w*|createdAt|updatedAt|updatedBy\w*|role|roles|scopes?|status|state|score|scores|review\w*|approv\w*|password\w*|isAdmin|organizationId|userId|version|deletedAt|published\w*)$/;
const injected = { id: randomUUID(), ownerId: randomUUID(), ownerOrganizationId: randomUUID(), createdBy: randomUUID(), roles: [{ role: 'admin' }], role: 'admin', status: 'published', scores: { clarity: 5 }, approvedBy: randomUUID(), isAdmin: true, organizationId: randomUUID(), version: 99 };

/** Each accepted protected field, and what keeps a role from setting it beyond its rights. */
const reviewed: Record<string, string> = {
  'POST /api/auth/login password': 'the credential itself',
  'POST /api/users password,roles': 'administrators only (users policy, matrix rows)',
  'PATCH /api/users/{id} roles': 'administrators only (users policy, matrix rows)',
  'PATCH /api/agreements/{id}/obligations/{obligationId} status': "the agreement's editors; done needs evidence (agreements policy)",
  'POST /api/agreements status': 'a new agreement may only start as a draft or planned (agreements contract)',
  'POST /api/agreements/{id}/status status': 'the status machine and its role rules (agreements policy)',
  'POST /api/agreements/drafts/accept publishedOn': "the press release's date, not a state",
  'POST /api/agreements/drafts/from-text publishedOn': "the press release's date, not a state",
  'POST /api/contacts/{id}/consents scope': "the consent's scope of personal data, not an access scope",
  'PATCH /api/memberships/{id} status': "the park's managers and the center only (registry policy)",
  'POST /api/ecosystems/{id}/memberships organizationId,status': "the park's managers and the center only (registry policy)",
  'PATCH /api/events/{id}/follow-ups/{followUpId} status,ownerOrganizationId': "the event's organizers (events policy)",
  'POST /api/events/{id}/follow-ups ownerOrganizationId,ownerPersonId,status': "the event's organizers (events policy)",
  'PATCH /api/events/{id}/participants/{participantId} role': "the event's organizers; a participant's role at the event, not a user role",
  'POST /api/events/{id}/participants organizationId,role': "the event's organizers, or an organization registering itself (events policy)",
  'PATCH /api/indicators/{id} ownerOrganizationId,ownerProjectId': 'the center, or the owner within its own organization (indicators policy)',
  'POST /api/indicators ownerOrganizationId,ownerProjectId': 'the center, or a member for its own organization (indicators policy)',
  'POST /api/indicators/{id}/actuals organizationId,status': 'a member reports for its own organization; confirming is the center’s (indicators policy)',
  'PATCH /api/infrastructure/{id} status': "the object's owner organization, its park's managers and the center (infrastructure policy)",
  'POST /api/infrastructure status': "the object's owner organization, its park's managers and the center (infrastructure policy)",
  'PATCH /api/reporting/campaigns/{id} status': 'the center only (indicators policy)',
  'POST /api/partnering/digest/seen organizationId': "one's own organization only (partnering policy)",
  'POST /api/partnering/matches/preview organizationId': "one's own organization only (partnering policy)",
  'POST /api/partnering/profiles organizationId': "one's own organization, or its park's managers and the center (partnering policy)",
  'POST /api/partnering/profiles/{id}/review scores': "reviewers only: the center and the owner's park managers (partnering policy)",
};

let t: TestApp;
let admin: TestClient;
let writes: Operation[];
beforeAll(async () => {
  t = await createTestApp();
  const user = await createUser(t.connection.db, [{ role: 'admin' }]);
  admin = await new TestClient(t.app).login(user.email, testPassword);
  writes = operationsOf(t.app.swagger() as never).filter((o) => o.body && ['POST', 'PUT', 'PATCH'].includes(o.method));
}, 120_000);
afterAll(async () => t.close());

const variants = (schema: JsonSchema): JsonSchema[] => (schema.anyOf ?? schema.oneOf ?? [schema]) as JsonSchema[];
const named = (schema: JsonSchema) => new Set(variants(schema).flatMap((variant) => Object.keys(variant.properties ?? {})));

describe('mass assignment', () => {
  it('every write contract closes its body to fields it does not name', () => {
    expect(writes.length).toBeGreaterThan(60);
    const open = writes.flatMap((o) => variants(o.body!).filter((variant) => (variant as { additionalProperties?: unknown }).additionalProperties !== false).map(() => `${o.method} ${o.path}`));
    expect(open).toEqual([]);
  });

  it('the protected fields a contract does take are the reviewed ones', () => {
    const accepted = Object.fromEntries(
      writes
        .map((o) => [`${o.method} ${o.path} ${[...named(o.body!)].filter((name) => protectedName.test(name)).join(',')}`, o] as const)
        .filter(([key]) => !key.endsWith(' '))
        .map(([key]) => [key, reviewed[key] ?? 'NOT REVIEWED']),
    );
    expect(accepted).toEqual(reviewed);
  });

  it('an administrator sending protected fields a contract does not name is refused, and nothing is written', async () => {
    const sql = async (text: string) => (await t.connection.executeSql(text, [])).rows as Record<string, string>[];
    const tables = await sql(`select tablename as name from pg_catalog.pg_tables where schemaname = 'public' order by 1`);
    const fingerprint = () => sql(`select ${tables.map(({ name }) => `(select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from "${name}") as "${name}"`).join(', ')}`);
    const before = await fingerprint();
    for (const operation of writes) {
      const names = named(operation.body!);
      const extra = Object.fromEntries(Object.entries(injected).filter(([name]) => !names.has(name)));
      const [valid] = fc.sample(validValue(operation.body!), { numRuns: 1, seed: 7 });
      const body = typeof valid === 'object' && valid !== null && !Array.isArray(valid) ? { ...valid, ...extra } : extra;
      const url = operation.parameters.filter((p) => p.in === 'path').reduce((path, p) => path.replace(`{${p.name}}`, randomUUID()), operation.path);
      const response = await admin.request({ method: operation.method, url, payload: body });
      expect(response.statusCode, `${operation.method} ${operation.path}`).toBe(400);
      expect(response.json().code, `${operation.method} ${operation.path}`).toBe('VALIDATION_FAILED');
    }
    expect(await fingerprint()).toEqual(before);
  });
});
