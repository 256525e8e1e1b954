/**
 * EXPLAIN (ANALYZE, BUFFERS) of the candidate pool's SQL for a few sources of a loaded bench database.
 *
 *   npx tsx bench/partnering/explain-pool.ts --database=URL [--sources=3]
 */
import { sql, type SQL } from 'drizzle-orm';
import { openPostgres, type Executor } from '../../src/server/db/client';
import { sourceProfileOf } from '../../src/server/features/partnering/matching/matcher';
import { candidatePool, lexemesOf } from '../../src/server/features/partnering/matching/matching.repo';
import { termFrequencies } from '../../src/server/features/partnering/matching/term-frequencies';
import { directionIdsOf } from '../../src/server/features/partnering/profiles.repo';
import { partneringProfiles } from '../../src/server/db/schema/index';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const connection = await openPostgres(option('database')!, 2);
const db = connection.db;
const today = new Date().toISOString().slice(0, 10);
await termFrequencies(db);
// Every statement the pool sends is explained instead of run; the plans are printed.
const explaining = new Proxy(db, {
  get(target, name) {
    if (name !== 'execute') return Reflect.get(target, name);
    return async (query: SQL) => {
      const plan = (await target.execute(sql`explain (analyze, buffers, settings) ${query}`)) as unknown as { rows: Record<string, string>[] };
      console.log(plan.rows.map((r) => Object.values(r)[0]).join('\n'));
      return { rows: [] };
    };
  },
}) as unknown as Executor;
const sources = (await db.execute(sql`select id from partnering_profiles where expires_on is null order by md5(id::text) limit ${Number(option('sources') ?? 3)}`) as unknown as { rows: { id: string }[] }).rows;
for (const { id } of sources) {
  const [row] = await db.select().from(partneringProfiles).where(sql`id = ${id}`);
  const country = (await db.execute(sql`select country from organizations where id = ${row!.organizationId}`) as unknown as { rows: { country: string }[] }).rows[0]!.country;
  const source = sourceProfileOf(row!, { country, ecosystemIds: [] }, (await directionIdsOf(db, [id])).get(id) ?? []);
  console.log(`--- source ${id} (${source.type}, ${source.language})`);
  await candidatePool(explaining, source, today, await lexemesOf(db, source.language, source.searchText));
}
await connection.close();
