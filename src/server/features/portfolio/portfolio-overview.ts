/**
 * The portfolio overview: one pass over the projects the caller reads, with the roll-ups (counts
 * by stage and health, budget plan and actual, overdue control points, reports awaiting review)
 * and one page of rows. Each project's figures come from its row in `project_summaries`, kept on
 * write, so the cost follows the number of projects only; overdue is counted against today from
 * the stored open due dates (a binary search in a sorted array, `width_bucket`).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Overview, OverviewQuery } from '../../../shared/contracts/portfolio-monitoring';
import type { ProjectHealth, ProjectStage } from '../../../shared/portfolio';
import type { Executor } from '../../db/client';
import { projectDirections, projectEcosystems, projects, projectSummaries, users } from '../../db/schema/index';
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
  if (query.health) conditions.push(sql`coalesce(${projectSummaries.health}, 'none') = ${query.health}`);
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

/** The filtered projects with their summaries, as a CTE named `rows`. */
function rowsCte(query: OverviewQuery, scope: ProjectReadScope, today: string): SQL {
  // A control point is overdue from the day after its due date: count the open due dates up to yesterday.
  return sql`
    with rows as materialized (
      select ${projects.id} as id, ${projects.code} as code, ${projects.shortNameRu} as ru, ${projects.shortNameEn} as en, ${projects.shortNameZh} as zh,
        ${projects.stage} as stage, ${projects.startsOn}::text as starts_on, ${projects.endsOn}::text as ends_on, ${projects.curatorUserId} as curator_user_id,
        coalesce(${projectSummaries.health}, 'none') as health, coalesce(${projectSummaries.controlPoints}, 0) as points,
        coalesce(width_bucket(${today}::date - 1, ${projectSummaries.openDueDates}), 0) as overdue,
        coalesce(${projectSummaries.budgetPlanRub}, 0) as plan, coalesce(${projectSummaries.budgetActualRub}, 0) as actual,
        coalesce(${projectSummaries.reportsAwaitingReview}, 0) as awaiting
      from ${projects} left join ${projectSummaries} on ${projectSummaries.projectId} = ${projects.id}
      where ${filtersOf(query, scope)}
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
      (select coalesce(sum(awaiting), 0)::int from rows) as awaiting,
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
