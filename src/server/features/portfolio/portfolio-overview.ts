/**
 * The portfolio overview: one pass over the projects the caller reads, with the roll-ups (counts
 * by stage and health, budget plan and actual, overdue control points, reports awaiting review)
 * and one page of rows. Aggregates are grouped per project first, so the cost follows the number
 * of projects and control points, never their product.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Overview, OverviewQuery } from '../../../shared/contracts/portfolio-monitoring';
import type { ProjectHealth, ProjectStage } from '../../../shared/portfolio';
import type { Executor } from '../../db/client';
import { projectBudgetLines, projectControlPoints, projectDirections, projectEcosystems, projectReports, projects, users } from '../../db/schema/index';
import type { ProjectReadScope } from './portfolio.policy';
import { readableProjects } from './portfolio.repo';

function filtersOf(query: OverviewQuery, scope: ProjectReadScope): SQL {
  const conditions: SQL[] = [];
  const readable = readableProjects(scope);
  if (readable) conditions.push(readable);
  if (query.portfolioId) conditions.push(sql`${projects.portfolioId} = ${query.portfolioId}`);
  if (query.programId) conditions.push(sql`${projects.programId} = ${query.programId}`);
  if (query.stage) conditions.push(sql`${projects.stage} = ${query.stage}`);
  if (query.curatorUserId) conditions.push(sql`${projects.curatorUserId} = ${query.curatorUserId}`);
  if (query.directionId) conditions.push(sql`exists (select 1 from ${projectDirections} pd where pd.project_id = ${projects.id} and pd.direction_id = ${query.directionId})`);
  if (query.ecosystemId) conditions.push(sql`exists (select 1 from ${projectEcosystems} pe where pe.project_id = ${projects.id} and pe.ecosystem_id = ${query.ecosystemId})`);
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

/** The filtered projects with their health and per-project aggregates, as a CTE named `rows`. */
function rowsCte(query: OverviewQuery, scope: ProjectReadScope, today: string): SQL {
  return sql`
    with selected as materialized (
      select ${projects.id} as id, ${projects.code} as code, ${projects.shortNameRu} as ru, ${projects.shortNameEn} as en, ${projects.shortNameZh} as zh,
        ${projects.stage} as stage, ${projects.startsOn}::text as starts_on, ${projects.endsOn}::text as ends_on, ${projects.curatorUserId} as curator_user_id
      from ${projects} where ${filtersOf(query, scope)}
    ),
    health as (
      select distinct on (r.project_id) r.project_id, r.rag
      from ${projectReports} r join selected s on s.id = r.project_id
      where r.status = 'approved'
      order by r.project_id, r.year desc, (case r.period_kind when 'quarter' then r.period_index * 3 else r.period_index end) desc, r.period_kind = 'quarter' desc
    ),
    points as (
      select c.project_id, count(*)::int as total, (count(*) filter (where c.actual_on is null and c.due_on < ${today}::date))::int as overdue
      from ${projectControlPoints} c join selected s on s.id = c.project_id group by c.project_id
    ),
    money as (
      select b.project_id, sum(b.plan_rub)::float8 as plan, coalesce(sum(b.actual_rub), 0)::float8 as actual
      from ${projectBudgetLines} b join selected s on s.id = b.project_id group by b.project_id
    ),
    rows as (
      select s.*, coalesce(h.rag, 'none') as health, coalesce(p.total, 0) as points, coalesce(p.overdue, 0) as overdue,
        coalesce(m.plan, 0) as plan, coalesce(m.actual, 0) as actual
      from selected s left join health h on h.project_id = s.id left join points p on p.project_id = s.id left join money m on m.project_id = s.id
      ${query.health ? sql`where coalesce(h.rag, 'none') = ${query.health}` : sql``}
    )`;
}

type PageRow = { id: string; code: string; ru: string | null; en: string | null; zh: string | null; stage: string; health: string; starts_on: string; ends_on: string; curator: string | null; points: number; overdue: number; plan: number; actual: number };
type Answer = {
  totals: { projects: number; plan: number; actual: number; overdue: number };
  by_stage: Record<string, number>;
  by_health: Record<string, number>;
  awaiting: number;
  page: PageRow[];
};

/** One statement: the CTE is computed once and read by the roll-up and the page alike. */
export async function portfolioOverview(db: Executor, scope: ProjectReadScope, query: OverviewQuery, today: string): Promise<Overview> {
  const result = await db.execute(sql`${rowsCte(query, scope, today)}
    select
      (select json_build_object('projects', count(*), 'plan', coalesce(sum(plan), 0), 'actual', coalesce(sum(actual), 0), 'overdue', coalesce(sum(overdue), 0)) from rows) as totals,
      (select coalesce(json_object_agg(stage, n), '{}') from (select stage, count(*) as n from rows group by stage) s) as by_stage,
      (select coalesce(json_object_agg(health, n), '{}') from (select health, count(*) as n from rows group by health) h) as by_health,
      (select count(*)::int from ${projectReports} r where r.status = 'submitted' and r.project_id in (select id from rows)) as awaiting,
      (select coalesce(json_agg(p), '[]') from (
        select rows.id, rows.code, rows.ru, rows.en, rows.zh, rows.stage, rows.health, rows.starts_on, rows.ends_on, u.full_name as curator, rows.points, rows.overdue, rows.plan, rows.actual
        from rows left join ${users} u on u.id = rows.curator_user_id
        order by rows.code limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}) p) as page`);
  // Both drivers answer raw queries with { rows }; json columns arrive parsed.
  const answer = (result as unknown as { rows: Answer[] }).rows[0]!;
  const counts = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([key, n]) => [key, Number(n)]));
  return {
    rollUp: {
      projects: Number(answer.totals.projects),
      byStage: counts(answer.by_stage),
      byHealth: counts(answer.by_health),
      budgetPlanRub: Number(answer.totals.plan),
      budgetActualRub: Number(answer.totals.actual),
      overdueControlPoints: Number(answer.totals.overdue),
      reportsAwaitingReview: Number(answer.awaiting),
    },
    items: answer.page.map((r) => ({
      id: r.id, code: r.code, shortName: { ru: r.ru, en: r.en, zh: r.zh }, stage: r.stage as ProjectStage, health: r.health as ProjectHealth,
      startsOn: r.starts_on, endsOn: r.ends_on, curatorName: r.curator, budgetPlanRub: Number(r.plan), budgetActualRub: Number(r.actual),
      controlPoints: Number(r.points), overdueControlPoints: Number(r.overdue),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(answer.totals.projects),
  };
}
