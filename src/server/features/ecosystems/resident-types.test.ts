import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentTypeOf, residentTypes } from '../../../shared/resident-types';
import { migrationsFolder } from '../../db/migrate';
import { auditLog, ecosystemMemberships } from '../../db/schema/index';
import { createEcosystem, createOrganization, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let park: Awaited<ReturnType<typeof createEcosystem>>;
let manager: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  park = await createEcosystem(t.connection.db, { nameEn: 'Vocabulary Park', visibility: 'public' });
  manager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
});
afterAll(async () => t.close());

const company = () => createOrganization(t.connection.db, { visibility: 'public' });
const entriesOf = (organizationId: string) => t.connection.db.select().from(ecosystemMemberships).where(eq(ecosystemMemberships.organizationId, organizationId));

describe('resident types: a controlled vocabulary', () => {
  it('reads codes and labels in ru, en and zh, and nothing else', () => {
    expect(residentTypeOf('anchor_resident')).toBe('anchor_resident');
    expect(residentTypeOf('  Якорный  резидент ')).toBe('anchor_resident');
    expect(residentTypeOf('Резидент-стартап')).toBe('startup_resident');
    expect(residentTypeOf('партнер')).toBe('partner');
    expect(residentTypeOf('Co-investor')).toBe('co_investor');
    expect(residentTypeOf('孵化企业')).toBe('startup_resident');
    expect(residentTypeOf('Резидент на общих условиях')).toBe('resident');
    expect(residentTypeOf('резидент')).toBe('resident');
    expect(residentTypeOf('入驻企业')).toBe('resident');
    expect(residentTypeOf('production')).toBeNull();
  });

  it('refuses an unknown type on write with a localized field error, writing nothing', async () => {
    const organization = await company();
    const refused = await manager.request({
      method: 'POST', url: `/api/ecosystems/${park.id}/memberships`, headers: { 'accept-language': 'ru' },
      payload: { organizationId: organization.id, status: 'resident', dateFrom: '2024-01-01', residentType: 'production' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { issues: [{ path: 'body.residentType', kind: 'invalid_value', message: 'Недопустимое значение.' }] } });
    expect(await entriesOf(organization.id)).toHaveLength(0);

    const admitted = await manager.post(`/api/ecosystems/${park.id}/memberships`, { organizationId: organization.id, status: 'resident', dateFrom: '2024-01-01', residentType: 'anchor_resident' });
    expect(admitted.json().residentType).toBe('anchor_resident');
    const changed = await manager.patch(`/api/memberships/${admitted.json().id}`, { residentType: 'якорный резидент' });
    expect([changed.statusCode, changed.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await entriesOf(organization.id))[0]!.residentType).toBe('anchor_resident');
    expect((await manager.get(`/api/ecosystems/${park.id}/members?residentType=anchor_resident`)).json().items.map((m: { organizationId: string }) => m.organizationId)).toEqual([organization.id]);
    expect((await manager.get(`/api/ecosystems/${park.id}/members?residentType=anchor`)).json().code).toBe('VALIDATION_FAILED');
  });

  it('is held by the database as well: a free text cannot be stored behind the API', async () => {
    const organization = await company();
    await expect(t.connection.db.insert(ecosystemMemberships).values({ ecosystemId: park.id, organizationId: organization.id, status: 'resident', residentType: 'production' })).rejects.toThrow();
  });

  it('maps the free texts stored before the vocabulary, and audits each change with the text it replaced', async () => {
    const db = t.connection.db;
    const migration = readFileSync(path.join(migrationsFolder, '0005_resident_types.sql'), 'utf8').split('--> statement-breakpoint');
    // Back to the state before the migration: no constraint, free texts.
    await db.execute(sql`alter table ecosystem_memberships drop constraint memberships_resident_type_known`);
    const old = ['production', 'Research_and_Development', 'studio', 'Якорный резидент', 'ВИРТУАЛЬНЫЙ резидент', 'партнёр', 'something else', 'resident'];
    const organizations = await Promise.all(old.map(() => company()));
    await db.insert(ecosystemMemberships).values(old.map((residentType, i) => ({ ecosystemId: park.id, organizationId: organizations[i]!.id, status: 'resident', dateFrom: '2020-01-01', residentType })));
    for (const statement of migration) if (statement.trim()) await db.execute(sql.raw(statement));

    const after = await Promise.all(organizations.map(async (o) => (await entriesOf(o.id))[0]!));
    expect(after.map((entry) => entry.residentType)).toEqual(['resident', 'resident', 'participant', 'anchor_resident', 'virtual_resident', 'partner', null, 'resident']);
    expect(after.every((entry) => entry.residentType === null || (residentTypes as readonly string[]).includes(entry.residentType))).toBe(true);
    const [audited] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, after[6]!.id), eq(auditLog.entityType, 'ecosystem_membership')));
    expect(audited).toMatchObject({ actorLabel: 'migration 0005_resident_types', changes: { residentType: { before: 'something else', after: null } } });
    // An unchanged entry leaves no trace.
    expect(await db.select().from(auditLog).where(eq(auditLog.entityId, after[7]!.id))).toHaveLength(0);
    // The constraint is back.
    await expect(db.insert(ecosystemMemberships).values({ ecosystemId: park.id, organizationId: (await company()).id, status: 'resident', residentType: 'studio' })).rejects.toThrow();
  });
});
