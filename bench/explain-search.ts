/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the registry search and the organizations list run
 * for one query, on a database loaded by generate-registry.ts (keep one with registry-search --keep).
 * Run: npx tsx bench/explain-search.ts postgres://…/nb_bench_… "Velikiy Kamen" [search|list]
 */
import { openPostgres } from '../src/server/db/client';
import { systemClock } from '../src/server/lib/clock';
import type { UserActor } from '../src/server/lib/actor';
import { createAuditService } from '../src/server/features/audit/audit.service';
import { createRegistryService } from '../src/server/features/registry/registry.service';
import { searchQuery } from '../src/shared/contracts/search';
import { capturingDatabase } from './sql-capture';

const [url, q, what = 'search'] = process.argv.slice(2);
if (!url || !q) throw new Error('usage: explain-search.ts DATABASE_URL QUERY [search|list]');
const connection = await openPostgres(url);
const capture = capturingDatabase(connection);
const registry = createRegistryService({ db: capture.db, clock: systemClock, audit: createAuditService({ db: capture.db }) });
const actor: UserActor = { kind: 'user', id: '00000000-0000-4000-8000-000000000000', email: 'x@example.org', fullName: 'x', language: 'ru', roles: ['coordinator'], memberOrganizationIds: [], managedEcosystemIds: [], via: 'session' };
if (what === 'list') await registry.listOrganizations({ q, page: 1, pageSize: 25 }, { actor, requestId: 'explain' });
else await registry.searchOrganizations(searchQuery.parse({ q }), { actor, requestId: 'explain' }, 'ru');
for (const statement of capture.take()) {
  console.log(`\n=== ${statement.sql}\n--- params ${JSON.stringify(statement.params)}`);
  const plan = await connection.executeSql(`explain (analyze, buffers) ${statement.sql}`, statement.params);
  console.log((plan.rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n'));
}
await connection.close();
