/**
 * The portfolio overview over 20,000 projects and 200,000 control points on PostgreSQL:
 * `GET /api/portfolio/overview` through the whole stack (app.inject, signed in as a coordinator),
 * unfiltered and filtered by stage and by health, next to two baselines in the same run: a raw SQL
 * roll-up of the same figures over the base tables (projects by stage, budget plan and actual,
 * overdue control points) and the same roll-up read from the per-project summaries.
 *
 * Data (generated in SQL, seeded): one portfolio, 20 programs, 20,000 projects in five stages,
 * 10 control points each (a fifth of them late), 4 budget lines each, 3 approved quarterly
 * reports each with a random status. The rows are written straight in SQL, so the summaries are
 * then built once by `refreshEveryProjectSummary`, as the migration's backfill does (timed).
 *
 * Run: npx tsx bench/portfolio-overview.bench.ts [requests=30]   (BENCH_POSTGRES_URL to choose the server)
 */
import { buildApp } from '../src/server/app';
import { applyMigrations } from '../src/server/db/migrate';
import { ensureReferenceData } from '../src/server/db/reference/reference-data';
import { refreshEveryProjectSummary } from '../src/server/features/portfolio/project-summaries';
import { freshPostgres } from './bench-databases';
import { machine, summarize, timeIt } from './bench-support';
import { createCoordinator } from './bench-users';

const requests = Number(process.argv[2] ?? 30);
const database = await freshPostgres();
const { connection } = database;
const sql = (text: string) => connection.executeSql(text);

try {
  await applyMigrations(connection);
  await ensureReferenceData(connection.db);

  const load = await timeIt(async () => {
    await sql(`select setseed(0.42)`);
    await sql(`insert into portfolios (code, name_en) values ('BENCH', 'Bench portfolio')`);
    await sql(`insert into programs (portfolio_id, code, name_en) select p.id, 'PRG-' || g, 'Program ' || g from portfolios p, generate_series(1, 20) g`);
    await sql(`insert into projects (portfolio_id, program_id, code, short_name_en, starts_on, ends_on, stage)
      select p.id, (select id from programs order by code offset (g % 20) limit 1), 'PRJ-' || lpad(g::text, 6, '0'), 'Project ' || g,
        date '2024-01-01' + (g % 365), date '2028-01-01' + (g % 365), (array['initiation', 'planning', 'execution', 'closing', 'suspended'])[1 + g % 5]
      from portfolios p, generate_series(1, 20000) g`);
    await sql(`insert into project_control_points (project_id, key, title_en, due_on, actual_on)
      select p.id, 'CP-' || k, 'Control point ' || k, p.starts_on + k * 90,
        case when random() < 0.6 and p.starts_on + k * 90 < current_date then p.starts_on + k * 90 + (random() * 20)::int else null end
      from projects p, generate_series(1, 10) k`);
    await sql(`insert into project_budget_lines (project_id, year, source, plan_rub, actual_rub)
      select p.id, y, s, round((random() * 1000000)::numeric, 2), case when y <= extract(year from current_date) then round((random() * 900000)::numeric, 2) end
      from projects p, generate_series(2025, 2026) y, unnest(array['federal', 'partners']) s`);
    await sql(`insert into project_reports (project_id, period_kind, year, period_index, status, rag, justification, first_submitted_at, submitted_at)
      select p.id, 'quarter', 2025, q, 'approved', (array['green', 'amber', 'red'])[1 + floor(random() * 3)::int], 'Bench', now(), now()
      from projects p, generate_series(1, 3) q`);
  });
  const backfill = await timeIt(async () => {
    await refreshEveryProjectSummary(connection.db);
    await sql(`analyze`);
  });
  const counts = (await sql(`select (select count(*) from projects)::int as projects, (select count(*) from project_control_points)::int as "controlPoints",
    (select count(*) from project_budget_lines)::int as "budgetLines", (select count(*) from project_reports)::int as reports`)).rows[0];

  const app = await buildApp({ connection, loginAttemptsPerMinute: 100_000 });
  await app.ready();
  const { bearerToken } = await createCoordinator(connection);
  const headers = { authorization: `Bearer ${bearerToken}` };

  async function measureApi(url: string) {
    const durations: number[] = [];
    let total = 0;
    for (let i = 0; i < requests + 3; i++) {
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url, headers });
      if (response.statusCode !== 200) throw new Error(`overview answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      if (i >= 3) durations.push(performance.now() - started);
      total = response.json().total;
    }
    return { ...summarize(durations), total };
  }

  // The figures of the roll-up in plain SQL, each aggregate straight over its table.
  const rawRollUp = `select
      (select json_object_agg(stage, n) from (select stage, count(*) as n from projects group by stage) s) as by_stage,
      (select sum(plan_rub) from project_budget_lines) as plan, (select sum(actual_rub) from project_budget_lines) as actual,
      (select count(*) from project_control_points where actual_on is null and due_on < current_date) as overdue`;
  // The same figures read from the kept summaries: the floor for any overview built on them.
  const rawSummaries = `select
      (select json_object_agg(stage, n) from (select stage, count(*) as n from projects group by stage) s) as by_stage,
      (select json_build_object('plan', sum(budget_plan_rub), 'actual', sum(budget_actual_rub), 'overdue', sum(width_bucket(current_date - 1, open_due_dates))) from project_summaries) as totals`;
  async function measureRaw(statement: string) {
    const durations: number[] = [];
    for (let i = 0; i < requests + 3; i++) {
      const { ms } = await timeIt(() => sql(statement));
      if (i >= 3) durations.push(ms);
    }
    return summarize(durations);
  }

  const api = await measureApi('/api/portfolio/overview?pageSize=50');
  const apiFiltered = await measureApi('/api/portfolio/overview?pageSize=50&stage=execution');
  const apiByHealth = await measureApi('/api/portfolio/overview?pageSize=50&health=red');
  const raw = await measureRaw(rawRollUp);
  const rawSummaryRead = await measureRaw(rawSummaries);
  const server = (await sql(`select version() as version`)).rows[0] as { version: string };
  console.log(JSON.stringify({
    bench: 'portfolio-overview', machine: machine(), date: new Date().toISOString(), postgres: server.version.split(',')[0], requests,
    data: counts, loadSeconds: Math.round(load.ms / 100) / 10, summaryBackfillSeconds: Math.round(backfill.ms / 100) / 10,
    api, apiFilteredByStage: apiFiltered, apiFilteredByHealth: apiByHealth, rawRollUp: raw, rawSummaryRead,
    ratioP50: Math.round((api.p50 / raw.p50) * 10) / 10, ratioToSummaryReadP50: Math.round((api.p50 / rawSummaryRead.p50) * 10) / 10, goalP95Ms: 100, goalMet: api.p95 <= 100,
  }, null, 2));
  await app.close();
} finally {
  await database.dispose();
}
