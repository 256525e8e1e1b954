import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixRoles, type MatrixRow } from './test-support/authorization/matrix';
import { buildMatrixWorld, foreignSentinels, type MatrixWorld } from './test-support/authorization/matrix-world';
import { createTestApp, type TestApp } from './test-support/test-app';

// Every feature's rows, found by file name so that a new feature only adds its own file.
const modules = import.meta.glob<Record<string, MatrixRow[]>>('./features/*/*.matrix.ts', { eager: true });
const rows = Object.values(modules).flatMap((module) => Object.values(module).flat());
const mayReadForeignPrivateFields = new Set(['admin', 'coordinator']);

let t: TestApp;
let world: MatrixWorld;
beforeAll(async () => {
  t = await createTestApp();
  world = await buildMatrixWorld(t.app, t.connection.db);
});
afterAll(async () => t.close());

describe('authorization matrix', () => {
  it('has rows for every route of the app', () => {
    const covered = new Set(rows.map((r) => r.route));
    const missing = t.app.routeCatalog.map((r) => `${r.method} ${r.url}`).filter((route) => !covered.has(route));
    expect(missing).toEqual([]);
    const stale = [...covered].filter((route) => !t.app.routeCatalog.some((r) => `${r.method} ${r.url}` === route));
    expect(stale).toEqual([]);
  });

  for (const row of rows) {
    row.cases.forEach((matrixCase, index) => {
      it(`${row.route} [${matrixCase.scope} #${index + 1}]`, async () => {
        const outcomes: Record<string, number> = {};
        for (const role of matrixRoles) {
          const client = await world.clientFor(role, matrixCase.freshSession);
          const request = await matrixCase.request(world, role, client);
          const response = await client.request(request as Parameters<typeof client.request>[0]);
          outcomes[role] = response.statusCode;
          if (response.statusCode >= 400 && response.headers['content-type']?.toString().includes('json')) {
            expect(response.json().code, `${role}: error without a code`).toMatch(/^[A-Z_]+$/);
          }
          if (!mayReadForeignPrivateFields.has(role)) {
            for (const sentinel of foreignSentinels) expect(response.body, `${role} sees a foreign private figure`).not.toContain(sentinel);
          }
        }
        expect(outcomes).toEqual(matrixCase.expect);
      });
    });
  }

  it('would notice a leak: those allowed do see the foreign private figures', async () => {
    const body = (await world.clients.coordinator.get(`/api/organizations/${world.foreignOrganization.id}`)).body;
    expect(body).toContain(foreignSentinels[0]);
    expect(body).toContain(foreignSentinels[2]);
  });

  it('counts its cases', () => {
    const cases = rows.reduce((sum, row) => sum + row.cases.length, 0) * matrixRoles.length;
    expect(cases).toBeGreaterThan(100);
  });
});
