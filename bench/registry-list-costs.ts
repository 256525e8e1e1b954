/**
 * What a list request costs, part by part, on a database loaded by the registry benches: requests per
 * second through app.inject (16 at once, 400 requests, after a round of warm-up) for a one-query
 * endpoint, the session lookup alone (/api/auth/me), the list anonymously (no session) and the list
 * with a session. Used to choose what to change for the list under load (ADR 029).
 * Run: npx tsx bench/registry-list-costs.ts postgres://…/database-with-100000-organizations
 */
import { buildApp } from '../src/server/app';
import { openPostgres } from '../src/server/db/client';
import { createCoordinator } from './bench-users';
const connection = await openPostgres(process.argv[2]!, 10);
const coordinator = await createCoordinator(connection);
const app = await buildApp({ connection });
app.get('/bench/baseline', async () => (await connection.executeSql('select id, name_ru from organizations order by id limit 25')).rows);
await app.ready();
const cookies = { nb_session: coordinator.sessionToken };
const targets: Record<string, () => Promise<unknown>> = {
  baseline: () => app.inject({ url: '/bench/baseline' }),
  me: () => app.inject({ url: '/api/auth/me', cookies }),
  listAnon: () => app.inject({ url: `/api/organizations?page=${1 + Math.floor(Math.random() * 40)}&pageSize=25` }),
  listSession: () => app.inject({ url: `/api/organizations?page=${1 + Math.floor(Math.random() * 40)}&pageSize=25`, cookies }),
};
for (let round = 0; round < 2; round++) for (const [name, run] of Object.entries(targets)) {
  // 16 at once, like a loaded server, 400 requests
  const started = performance.now();
  let n = 0;
  await Promise.all(Array.from({ length: 16 }, async () => { while (n < 400) { n++; await run(); } }));
  if (round === 1) console.log(name, Math.round(400 / ((performance.now() - started) / 1000)), 'req/s');
}
await app.close();
await connection.close();
