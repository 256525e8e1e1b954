/**
 * Keeps `project_summaries` equal to what the project's control points, budget lines and reports
 * say. Called in the transaction of every write that can change one of them (a project created,
 * its basics, stage or any passport section written, a report submitted or reviewed, a change
 * request approved) and by the demo seeding, so that the overview never groups those tables.
 * The migration that created the table backfilled it with this same statement over every project.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { projects } from '../../db/schema/index';
import { latestApprovedRag } from './portfolio.repo';

function refreshStatement(which: SQL): SQL {
  return sql`
    insert into project_summaries (project_id, control_points, open_due_dates, budget_plan_rub, budget_actual_rub, health, reports_awaiting_review)
    select p.id,
      (select count(*)::int from project_control_points c where c.project_id = p.id),
      coalesce((select array_agg(c.due_on order by c.due_on) from project_control_points c where c.project_id = p.id and c.actual_on is null), '{}'),
      coalesce((select sum(b.plan_rub)::float8 from project_budget_lines b where b.project_id = p.id), 0),
      coalesce((select sum(b.actual_rub)::float8 from project_budget_lines b where b.project_id = p.id), 0),
      coalesce(${latestApprovedRag(sql`p.id`)}, 'none'),
      (select count(*)::int from project_reports r where r.project_id = p.id and r.status = 'submitted')
    from ${projects} p
    where ${which}
    on conflict (project_id) do update set
      control_points = excluded.control_points, open_due_dates = excluded.open_due_dates,
      budget_plan_rub = excluded.budget_plan_rub, budget_actual_rub = excluded.budget_actual_rub,
      health = excluded.health, reports_awaiting_review = excluded.reports_awaiting_review`;
}

/** Rebuilds the summaries of the given projects (a missing row is created). */
export async function refreshProjectSummaries(tx: Executor, projectIds: string[]): Promise<void> {
  const ids = [...new Set(projectIds)];
  for (let start = 0; start < ids.length; start += 1000) {
    const slice = ids.slice(start, start + 1000);
    await tx.execute(refreshStatement(sql`p.id in ${slice}`));
  }
}

/** Rebuilds every project's summary: after a bulk load (the demo world, a benchmark's data). */
export async function refreshEveryProjectSummary(tx: Executor): Promise<void> {
  await tx.execute(refreshStatement(sql`true`));
}
