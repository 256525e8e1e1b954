/**
 * The strategic dashboard over 10,000 indicators and 1,000,000 figures on PostgreSQL:
 * `GET /api/indicators/strategic` through the whole stack (app.inject, signed in as a coordinator),
 * next to the raw aggregate SQL the answer rests on (the confirmed values of every indicator the
 * dashboard shows, summed per period), in the same run.
 *
 * Data (generated in SQL, seeded): 2,000 organizations; 20 regional targets, 200 program indicators
 * each collected quarterly from 50 organizations over 10 years, 2,000 project indicators quarterly
 * over 10 years, 7,780 organizations' own indicators monthly over 5½ years; yearly targets to 2030;
 * each regional target has 50 project and 5 program contributors.
 *
 * Run: npx tsx bench/indicators-dashboard.bench.ts [requests=30]   (BENCH_POSTGRES_URL to choose the server)
 */
import { buildApp } from '../src/server/app';
import { applyMigrations } from '../src/server/db/migrate';
import { ensureReferenceData } from '../src/server/db/reference/reference-data';
import { createIndicatorsService } from '../src/server/features/indicators/indicators.service';
import { rebuildYearlyValues } from '../src/server/features/indicators/yearly-rollup';
import type { Actor } from '../src/server/lib/actor';
import { systemClock } from '../src/server/lib/clock';
import { freshPostgres } from './bench-databases';
import { machine, summarize, timeIt } from './bench-support';
import { createCoordinator } from './bench-users';

const requests = Number(process.argv[2] ?? 30);

/** A coordinator as the services see one. */
const coordinatorActor: Actor = { kind: 'user', id: '00000000-0000-4000-8000-000000000001', email: 'bench@example.org', fullName: 'Bench', language: 'en', roles: ['coordinator'], memberOrganizationIds: [], managedEcosystemIds: [], via: 'token' };
const database = await freshPostgres();
const { connection } = database;
const sql = (text: string) => connection.executeSql(text);

try {
  await applyMigrations(connection);
  await ensureReferenceData(connection.db);

  const load = await timeIt(async () => {
    await sql(`select setseed(0.42)`);
    await sql(`insert into organizations (name_en, kind, country) select 'Bench organization ' || g, 'company', 'RU' from generate_series(1, 2000) g`);
    await sql(`create temporary table bench_orgs as select id, row_number() over (order by id) as n from organizations`);
    await sql(`insert into indicators (code, name_en, unit, level, base_year, base_value, aggregation)
      select 'B-REG-' || g, 'Regional ' || g, 'people', 'regional', 2015, 1000, 'last' from generate_series(1, 20) g
      union all select 'B-PRG-' || g, 'Program ' || g, 'people', 'program', 2015, 100, 'sum' from generate_series(1, 200) g
      union all select 'B-PRJ-' || g, 'Project ' || g, 'people', 'project', 2015, 10, 'sum' from generate_series(1, 2000) g`);
    await sql(`insert into indicators (code, name_en, unit, level, owner_organization_id, base_year, base_value, aggregation)
      select 'B-ORG-' || g, 'Organization ' || g, 'thousand_rub', 'organization', o.id, 2020, 500, 'sum'
      from generate_series(1, 7780) g join bench_orgs o on o.n = 1 + (g % 2000)`);
    await sql(`create temporary table bench_indicators as select id, level, row_number() over (partition by level order by code) as n from indicators`);
    await sql(`insert into indicator_targets (indicator_id, year, value) select i.id, y, 1000 + (y - 2015) * 100 from bench_indicators i, generate_series(2016, 2030) y`);
    await sql(`insert into indicator_actuals (indicator_id, year, value, status, source)
      select i.id, y, 1000 + (y - 2000) * 40 + random() * 50, 'confirmed', 'bench' from bench_indicators i, generate_series(2000, 2025) y where i.level = 'regional'`);
    await sql(`insert into indicator_actuals (indicator_id, organization_id, year, period_kind, period_index, value, status)
      select i.id, o.id, y, 'quarter', q, random() * 20, case when random() < 0.9 then 'confirmed' else 'submitted' end
      from bench_indicators i join bench_orgs o on o.n between 1 + ((i.n * 7) % 1950) and 50 + ((i.n * 7) % 1950), generate_series(2016, 2025) y, generate_series(1, 4) q
      where i.level = 'program'`);
    await sql(`insert into indicator_actuals (indicator_id, year, period_kind, period_index, value, status)
      select i.id, y, 'quarter', q, random() * 30, 'confirmed' from bench_indicators i, generate_series(2016, 2025) y, generate_series(1, 4) q where i.level = 'project'`);
    await sql(`insert into indicator_actuals (indicator_id, organization_id, year, period_kind, period_index, value, status)
      select i.id, x.owner_organization_id, 2020 + (m - 1) / 12, 'month', 1 + (m - 1) % 12, random() * 900, 'confirmed'
      from bench_indicators i join indicators x on x.id = i.id, generate_series(1, 67) m where i.level = 'organization'`);
    await sql(`insert into indicator_contributions (parent_indicator_id, child_indicator_id, plans)
      select r.id, c.id, '[{"year": 2030, "value": 20, "share": null}]'::jsonb from bench_indicators r
      join bench_indicators c on (c.level = 'project' and c.n between (r.n - 1) * 50 + 1 and r.n * 50) or (c.level = 'program' and c.n between (r.n - 1) * 5 + 1 and r.n * 5)
      where r.level = 'regional'`);
    await sql(`analyze`);
  });
  // The yearly values the app keeps on every write, built once here for the generated figures.
  const rollup = await timeIt(async () => {
    const ids = (await sql(`select id from indicators`)).rows.map((r) => (r as { id: string }).id);
    await rebuildYearlyValues(connection.db, ids);
    await sql(`analyze indicator_yearly_values`);
  });
  const counts = (await sql(`select (select count(*) from indicators)::int as indicators, (select count(*) from indicator_actuals)::int as actuals,
    (select count(*) from indicator_contributions)::int as contributions`)).rows[0];

  const app = await buildApp({ connection, loginAttemptsPerMinute: 100_000 });
  await app.ready();
  const { bearerToken } = await createCoordinator(connection);
  const headers = { authorization: `Bearer ${bearerToken}` };

  async function measureApi() {
    const durations: number[] = [];
    let bytes = 0;
    for (let i = 0; i < requests + 3; i++) {
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url: '/api/indicators/strategic', headers });
      if (response.statusCode !== 200) throw new Error(`strategic dashboard answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      if (i >= 3) durations.push(performance.now() - started);
      bytes = response.body.length;
    }
    return { ...summarize(durations), bytes };
  }

  // The aggregate the answer rests on, in one statement: every shown indicator's confirmed values per period.
  const rawAggregate = `with shown as (
      select id from indicators where level in ('regional', 'program')
      union select c.child_indicator_id from indicator_contributions c join indicators p on p.id = c.parent_indicator_id where p.level = 'regional')
    select indicator_id, year, period_kind, period_index, sum(value) as value
    from indicator_actuals where indicator_id in (select id from shown) and status = 'confirmed'
    group by 1, 2, 3, 4`;
  // The same from the kept yearly values, which is what the app reads.
  const rawYearly = `with shown as (
      select id from indicators where level in ('regional', 'program')
      union select c.child_indicator_id from indicator_contributions c join indicators p on p.id = c.parent_indicator_id where p.level = 'regional')
    select * from indicator_yearly_values where indicator_id in (select id from shown)`;
  async function measureRaw(statement: string) {
    const durations: number[] = [];
    let rows = 0;
    for (let i = 0; i < requests + 3; i++) {
      const { ms, result } = await timeIt(() => sql(statement));
      if (i >= 3) durations.push(ms);
      rows = result.rows.length;
    }
    return { ...summarize(durations), rows };
  }

  // The service alone (queries and analytics, without HTTP and the response schema).
  const service = createIndicatorsService({ db: connection.db, clock: systemClock });
  const context = { actor: coordinatorActor, requestId: 'bench' };
  async function measureService() {
    const durations: number[] = [];
    for (let i = 0; i < requests + 3; i++) {
      const { ms } = await timeIt(() => service.strategic({}, context));
      if (i >= 3) durations.push(ms);
    }
    return summarize(durations);
  }

  const api = await measureApi();
  const serviceOnly = await measureService();
  const raw = await measureRaw(rawAggregate);
  const rawKept = await measureRaw(rawYearly);
  const server = (await sql(`select version() as version`)).rows[0] as { version: string };
  console.log(JSON.stringify({
    bench: 'indicators-dashboard', machine: machine(), date: new Date().toISOString(), postgres: server.version.split(',')[0], requests,
    data: counts, loadSeconds: Math.round(load.ms / 100) / 10, rollupSeconds: Math.round(rollup.ms / 100) / 10,
    api, service: serviceOnly, rawAggregateOfFigures: raw, rawReadOfYearlyValues: rawKept,
    ratioP50ToAggregate: Math.round((api.p50 / raw.p50) * 10) / 10, ratioP50ToYearlyRead: Math.round((api.p50 / rawKept.p50) * 10) / 10,
    goalP95Ms: 200, goalMet: api.p95 <= 200,
  }, null, 2));
  await app.close();
} finally {
  await database.dispose();
}
