import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from './support/api-client';
import { demoEmails, demoPassword } from './support/auth';
import { startServer, type RunningServer } from './support/server';

/**
 * kill -9 while the server commits a stream of writes and runs an import; start it again on what
 * it left. Every write the client saw acknowledged must be there, the import all or nothing (and
 * finished after the restart), and the server must start with no repair by hand.
 * `CRASH_RUNS` kills per engine (2 in `npm test`; the full run is `CRASH_RUNS=20`).
 */
const runs = Number(process.env.CRASH_RUNS ?? 2);
const importRows = 1_500;
const serverUrl = process.env.TEST_DATABASE_URL;

type Engine = { start: () => Promise<RunningServer>; cleanup: () => Promise<void> };

function pgliteEngine(): Engine {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'northbridge-crash-'));
  cpSync(inject('demoDataTemplate'), dataDir, { recursive: true });
  return { start: () => startServer({ dataDir }), cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

function postgresEngine(url: string): Engine {
  const name = `nb_crash_${randomBytes(6).toString('hex')}`;
  const onServer = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  const databaseUrl = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
  let created = false;
  return {
    start: async () => {
      if (!created) await onServer(`create database ${name}`);
      created = true;
      return startServer({ databaseUrl });
    },
    cleanup: () => onServer(`drop database if exists ${name} with (force)`),
  };
}

const engines: [string, () => Engine][] = [['PGlite', pgliteEngine], ...(serverUrl ? [['PostgreSQL', () => postgresEngine(serverUrl)] as [string, () => Engine]] : [])];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(engines)('kill -9 on %s', (_name, makeEngine) => {
  let engine: Engine | undefined;
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await engine?.cleanup();
  });

  it(`loses no acknowledged write and applies no import by half, ${runs} times`, async () => {
    engine = makeEngine();
    server = await engine.start();
    const acknowledged: string[] = [];
    const imports: { runId: string; parkId: string }[] = [];
    const kills: { acknowledged: number; importAtKill: string }[] = [];
    for (let run = 1; run <= runs; run++) {
      const api = await new ApiClient(server.baseUrl).login(demoEmails.coordinator, demoPassword);
      const park = await created(api, { name: { ru: null, en: `Crash Park ${run}`, zh: null }, kind: 'technopark', country: 'BY', confirmNotDuplicate: true });
      const runId = await checkedImport(api, park, run);

      // Four writers and the import's commit at once; the kill lands at a random moment among them.
      let killed = false;
      const writer = async (lane: number) => {
        for (let i = 0; !killed; i++) {
          const name = `Crash ${run}.${lane}.${i} ${randomBytes(3).toString('hex')} LLC`;
          try {
            const response = await api.post('/api/organizations', { name: { ru: null, en: name, zh: null }, kind: 'company', country: 'BY', confirmNotDuplicate: true });
            if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      expect((await api.post(`/api/imports/${runId}/commit`)).status).toBe(202);
      imports.push({ runId, parkId: park });
      await sleep(50 + Math.floor(Math.random() * 1_500));
      // PGlite answers nothing while the import's transaction is open: no answer means "writing".
      const importAtKill = await Promise.race([
        api.get(`/api/imports/${runId}`).then(async (response) => ((await response.json()) as { status: string }).status),
        sleep(150).then(() => 'busy writing'),
      ]);
      killed = true;
      await server.crash();
      await Promise.all(writers);

      server = await engine.start(); // no repair in between
      const after = await new ApiClient(server.baseUrl).login(demoEmails.coordinator, demoPassword);
      const missing: string[] = [];
      for (const id of acknowledged) if ((await after.get(`/api/organizations/${id}`)).status !== 200) missing.push(id);
      expect(missing, `acknowledged writes lost after kill ${run}`).toEqual([]);
      for (const started of imports) expect(await finishedWhole(after, started)).toEqual({ status: 'done', members: importRows });
      kills.push({ acknowledged: acknowledged.length, importAtKill });
    }
    // The figures of docs/reliability.md.
    console.log(`${_name}: ${runs} kills, ${acknowledged.length} acknowledged writes, all present; imports at the kill: ${JSON.stringify(countBy(kills.map((k) => k.importAtKill)))}, all finished whole`);
    expect(acknowledged.length).toBeGreaterThan(runs);
  }, 120_000 + runs * 90_000);
});

const countBy = (values: string[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});

async function created(api: ApiClient, body: object): Promise<string> {
  const response = await api.post('/api/organizations', body);
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

async function checkedImport(api: ApiClient, parkId: string, run: number): Promise<string> {
  const rows = Array.from({ length: importRows }, (_, i) => `Crash import ${run}-${i} ${randomBytes(3).toString('hex')} LLC;BY;company;resident;CR${run}-${i}`);
  const csv = ['name_en;country;kind;membership_status;registration_number', ...rows].join('\n');
  const uploaded = await api.request('POST', `/api/imports?fileName=crash.csv&ecosystemId=${parkId}`, { raw: Buffer.from(csv), contentType: 'text/csv' });
  const { id, mapping } = (await uploaded.json()) as { id: string; mapping: object };
  const checked = (await (await api.post(`/api/imports/${id}/check`, { mapping })).json()) as { report: { errors: unknown[] } };
  expect(checked.report.errors).toEqual([]);
  return id;
}

/**
 * Waits for the import to end; at every look its park has none of its rows or all of them. The
 * status is read before the members: read the other way round, a count taken just before the
 * import's transaction and a status read just after it would look like a "done" with no rows.
 */
async function finishedWhole(api: ApiClient, { runId, parkId }: { runId: string; parkId: string }): Promise<{ status: string; members: number }> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { status } = (await (await api.get(`/api/imports/${runId}`)).json()) as { status: string };
    const members = ((await (await api.get(`/api/ecosystems/${parkId}/members?pageSize=1`)).json()) as { total: number }).total;
    expect([0, importRows]).toContain(members);
    if (status === 'done' || status === 'failed') return { status, members };
    if (Date.now() > deadline) throw new Error(`import ${runId} still ${status} a minute after the restart`);
    await sleep(500);
  }
}
