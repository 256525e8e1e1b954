/**
 * Reads through the whole stack (routing, auth, policy, SQL, response schema) on the demo world,
 * in process with app.inject, on PGlite. Baseline in the same run: GET /api/health, which goes
 * through the same hooks with one trivial query. Run: npx tsx bench/api-reads.bench.ts [requests]
 */
import { buildApp } from '../src/server/app';
import { prepareDatabase } from '../src/server/bootstrap';
import { openPglite } from '../src/server/db/client';
import { DEMO_PASSWORD, demoUsers } from '../src/server/demo/demo-users';
import { machine, summarize } from './bench-support';

const requests = Number(process.argv[2] ?? 300);
const connection = await openPglite(undefined);
await prepareDatabase(connection, { demo: true, log: { info: () => {}, warn: () => {} } });
const app = await buildApp({ connection, loginAttemptsPerMinute: 1000 });
await app.ready();

const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
const coordinator = demoUsers.find((u) => u.role === 'coordinator')!;
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { email: coordinator.email, password: DEMO_PASSWORD },
  headers: { 'x-csrf-token': csrf.json().token },
  cookies: Object.fromEntries(csrf.cookies.map((c) => [c.name, c.value])),
});
const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));

async function measure(url: string) {
  const durations: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const response = await app.inject({ method: 'GET', url, cookies });
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
    durations.push(performance.now() - started);
  }
  return summarize(durations.slice(Math.floor(requests / 10))); // the first tenth warms up
}

const baseline = await measure('/api/health');
const results: Record<string, unknown> = {};
for (const url of ['/api/organizations?pageSize=25', '/api/organizations?q=tech&pageSize=25&sort=-name', '/api/dashboard', '/api/agreements']) {
  const summary = await measure(url);
  results[url] = { ...summary, ratioP50: Math.round((summary.p50 / baseline.p50) * 10) / 10 };
}
console.log(JSON.stringify({ bench: 'api-reads', machine: machine(), date: new Date().toISOString(), engine: 'pglite', requests, baselineHealth: baseline, results }, null, 2));
await app.close();
await connection.close();
