import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecosystemMemberships, importRuns } from '../../db/schema/index';
import type { JobDefinition } from '../../jobs/job-queue';
import { createEcosystem, createUser } from '../../test-support/factories';
import { createTestApp, TestClient, type TestApp } from '../../test-support/test-app';
import { lockImportRun } from './imports.repo';
import { importJobName } from './imports.service';

// No queue: the process "stopped" with the run in the state each test sets, and the next start's
// recovery is called by hand, as the queue calls it at start.
let t: TestApp;
let manager: TestClient;
let importJob: JobDefinition;
let parkId: string;
beforeAll(async () => {
  t = await createTestApp();
  importJob = t.app.jobs.definitions.find((d) => d.name === importJobName)!;
  const park = await createEcosystem(t.connection.db, { nameEn: 'Recovery Park' });
  manager = await new TestClient(t.app).login((await createUser(t.connection.db, [{ role: 'park_manager', scopeOrganizationId: park.id }])).email);
  parkId = park.id;
});
afterAll(async () => t.close());

async function checkedRun(names: string[]) {
  const csv = ['name_en;country;kind;membership_status', ...names.map((name) => `${name};BY;company;resident`)].join('\n');
  const uploaded = (await manager.request({ method: 'POST', url: `/api/imports?fileName=r.csv&ecosystemId=${parkId}`, payload: Buffer.from(csv), headers: { 'content-type': 'text/csv' } })).json();
  expect((await manager.post(`/api/imports/${uploaded.id}/check`, { mapping: uploaded.mapping })).json().report.errors).toEqual([]);
  return uploaded.id as string;
}

const runStatus = async (id: string) => (await t.connection.db.select().from(importRuns).where(eq(importRuns.id, id)))[0]!.status;
const members = async () => (await t.connection.db.select().from(ecosystemMemberships).where(eq(ecosystemMemberships.ecosystemId, parkId))).length;

async function recoverNow(): Promise<string[]> {
  const sent: string[] = [];
  await importJob.recover!(async (data) => {
    sent.push((data as { runId: string }).runId);
    await importJob.handler(data);
  });
  return sent;
}

describe('an import its process left unfinished', () => {
  it('is sent again at the next start and written once, whole', async () => {
    const id = await checkedRun(['Resumed One LLC', 'Resumed Two LLC']);
    // Killed after the commit was queued, or while its transaction was open: nothing of it is written.
    await t.connection.db.update(importRuns).set({ status: 'running' }).where(eq(importRuns.id, id));
    const before = await members();
    expect(await recoverNow()).toEqual([id]);
    expect([await runStatus(id), (await members()) - before]).toEqual(['done', 2]);
    // A second start finds nothing to resend, and a late retry of the old job writes nothing twice.
    expect(await recoverNow()).toEqual([]);
    await importJob.handler({ runId: id });
    expect((await members()) - before).toBe(2);
  });

  it.runIf(process.env.TEST_ENGINE === 'postgres')('is left to the process that holds it while that process is writing it', async () => {
    const id = await checkedRun(['Held One LLC']);
    await t.connection.db.update(importRuns).set({ status: 'running' }).where(eq(importRuns.id, id));
    const before = await members();
    // The other process: a transaction holding the run's lock on another connection of the pool.
    await t.connection.db.transaction(async (tx) => {
      expect(await lockImportRun(tx, id)).toBe(true);
      await importJob.handler({ runId: id });
    });
    expect([await runStatus(id), (await members()) - before]).toEqual(['running', 0]);
    await importJob.handler({ runId: id });
    expect([await runStatus(id), (await members()) - before]).toEqual(['done', 1]);
  });
});
