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

const overdueOf = (today: string) => sql`coalesce(width_bucket(${today}::date - 1, ${projectSummaries.openDueDates}), 0)`;
const joined = sql`${projects} left join ${projectSummaries} on ${projectSummaries.projectId} = ${projects.id}`;

type Group = { stage: string; health: string; n: number; plan: number; actual: number; overdue: number; awaiting: number };
type PageRow = { id: string; code: string; ru: string | null; en: string | null; zh: string | null; stage: string; health: string; starts_on: string; ends_on: string; curator: string | null; points: number; overdue: number; plan: number; actual: number };

/**
 * One statement, two reads of the same snapshot: the roll-up as one pass grouped by stage and
 * health over the narrow summary columns (at most 20 groups, summed here), and the page in code
 * order, which the unique index on the code gives without sorting the filtered projects.
 */
export async function portfolioOverview(db: Executor, scope: ProjectReadScope, query: OverviewQuery, today: string): Promise<Overview> {
  const where = filtersOf(query, scope);
  // A control point is overdue from the day after its due date: count the open due dates up to yesterday.
  const overdue = overdueOf(today);
  const result = await db.execute(sql`
    select
      (select coalesce(json_agg(g), '[]') from (
        select ${projects.stage} as stage, coalesce(${projectSummaries.health}, 'none') as health, count(*) as n,
          coalesce(sum(${projectSummaries.budgetPlanRub}), 0) as plan, coalesce(sum(${projectSummaries.budgetActualRub}), 0) as actual,
          coalesce(sum(${overdue}), 0) as overdue, coalesce(sum(${projectSummaries.reportsAwaitingReview}), 0) as awaiting
        from ${joined} where ${where} group by 1, 2) g) as groups,
      (select coalesce(json_agg(p), '[]') from (
        select ${projects.id} as id, ${projects.code} as code, ${projects.shortNameRu} as ru, ${projects.shortNameEn} as en, ${projects.shortNameZh} as zh,
          ${projects.stage} as stage, coalesce(${projectSummaries.health}, 'none') as health, ${projects.startsOn}::text as starts_on, ${projects.endsOn}::text as ends_on,
          (select u.full_name from ${users} u where u.id = ${projects.curatorUserId}) as curator,
          coalesce(${projectSummaries.controlPoints}, 0) as points, ${overdue} as overdue,
          coalesce(${projectSummaries.budgetPlanRub}, 0) as plan, coalesce(${projectSummaries.budgetActualRub}, 0) as actual
        from ${joined} where ${where}
        order by ${projects.code} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}) p) as page`);
  // Both drivers answer raw queries with { rows }; json columns arrive parsed.
  const answer = (result as unknown as { rows: { groups: Group[]; page: PageRow[] }[] }).rows[0]!;
  const byStage: Record<string, number> = {};
  const byHealth: Record<string, number> = {};
  const totals = { projects: 0, plan: 0, actual: 0, overdue: 0, awaiting: 0 };
  for (const g of answer.groups) {
    const n = Number(g.n);
    byStage[g.stage] = (byStage[g.stage] ?? 0) + n;
    byHealth[g.health] = (byHealth[g.health] ?? 0) + n;
    totals.projects += n;
    totals.plan += Number(g.plan);
    totals.actual += Number(g.actual);
    totals.overdue += Number(g.overdue);
    totals.awaiting += Number(g.awaiting);
  }
  return {
    rollUp: {
      projects: totals.projects, byStage, byHealth, budgetPlanRub: totals.plan, budgetActualRub: totals.actual,
      overdueControlPoints: totals.overdue, reportsAwaitingReview: totals.awaiting,
    },
    items: answer.page.map((r) => ({
      id: r.id, code: r.code, shortName: { ru: r.ru, en: r.en, zh: r.zh }, stage: r.stage as ProjectStage, health: r.health as ProjectHealth,
      startsOn: r.starts_on, endsOn: r.ends_on, curatorName: r.curator, budgetPlanRub: Number(r.plan), budgetActualRub: Number(r.actual),
      controlPoints: Number(r.points), overdueControlPoints: Number(r.overdue),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: totals.projects,
  };
}
