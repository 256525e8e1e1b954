/**
 * The portfolio register: one row per project the caller reads, under the overview's filters,
 * with its roles, dates, budget plan and actual, overdue control points and latest report. Written
 * as an XLSX table whose texts stay plain string cells (see lib/spreadsheet), so a project name
 * that starts with "=" is never run as a formula.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { OverviewQuery } from '../../../shared/contracts/portfolio-monitoring';
import { pickLocalized, type Language } from '../../../shared/languages';
import type { ProjectHealth, ProjectStage } from '../../../shared/portfolio';
import type { Executor } from '../../db/client';
import {
  portfolios, programs, projectBudgetLines, projectControlPoints, projectDirections, projectEcosystems, projectReports, projects, users,
} from '../../db/schema/index';
import type { Table } from '../../lib/spreadsheet';
import { fill, passportWords } from './passport-words';
import type { ProjectReadScope } from './portfolio.policy';
import { healthOf, readableProjects } from './portfolio.repo';

export type RegisterFilter = Omit<OverviewQuery, 'page' | 'pageSize'>;
/** A register is a working file, not a dump: beyond this many rows, filter first. */
export const registerRowLimit = 50_000;

/** The overview's filters, the same fields with the same meaning. */
function filtersOf(filter: RegisterFilter, scope: ProjectReadScope): SQL {
  const conditions: SQL[] = [];
  const readable = readableProjects(scope);
  if (readable) conditions.push(readable);
  if (filter.portfolioId) conditions.push(sql`${projects.portfolioId} = ${filter.portfolioId}`);
  if (filter.programId) conditions.push(sql`${projects.programId} = ${filter.programId}`);
  if (filter.stage) conditions.push(sql`${projects.stage} = ${filter.stage}`);
  if (filter.curatorUserId) conditions.push(sql`${projects.curatorUserId} = ${filter.curatorUserId}`);
  if (filter.directionId) conditions.push(sql`exists (select 1 from ${projectDirections} pd where pd.project_id = ${projects.id} and pd.direction_id = ${filter.directionId})`);
  if (filter.ecosystemId) conditions.push(sql`exists (select 1 from ${projectEcosystems} pe where pe.project_id = ${projects.id} and pe.ecosystem_id = ${filter.ecosystemId})`);
  if (filter.health) conditions.push(sql`${healthOf} = ${filter.health}`);
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

type RegisterRow = {
  code: string; short_ru: string | null; short_en: string | null; short_zh: string | null; full_ru: string | null; full_en: string | null; full_zh: string | null;
  portfolio_code: string; program_code: string | null; stage: string; health: string; curator: string | null; manager: string | null;
  starts_on: string; ends_on: string; plan: number | string | null; actual: number | string | null; points: number | string; overdue: number | string;
  report_kind: string | null; report_year: number | null; report_index: number | null; report_rag: string | null; report_status: string | null;
};

export async function registerRows(db: Executor, scope: ProjectReadScope, filter: RegisterFilter, today: string): Promise<RegisterRow[]> {
  const result = await db.execute(sql`
    select ${projects.code} as code, ${projects.shortNameRu} as short_ru, ${projects.shortNameEn} as short_en, ${projects.shortNameZh} as short_zh,
      ${projects.fullNameRu} as full_ru, ${projects.fullNameEn} as full_en, ${projects.fullNameZh} as full_zh,
      pf.code as portfolio_code, pg.code as program_code, ${projects.stage} as stage, ${healthOf} as health,
      cu.full_name as curator, mu.full_name as manager, ${projects.startsOn}::text as starts_on, ${projects.endsOn}::text as ends_on,
      (select sum(b.plan_rub)::float8 from ${projectBudgetLines} b where b.project_id = ${projects.id}) as plan,
      (select sum(b.actual_rub)::float8 from ${projectBudgetLines} b where b.project_id = ${projects.id}) as actual,
      (select count(*)::int from ${projectControlPoints} c where c.project_id = ${projects.id}) as points,
      (select count(*)::int from ${projectControlPoints} c where c.project_id = ${projects.id} and c.actual_on is null and c.due_on < ${today}::date) as overdue,
      lr.period_kind as report_kind, lr.year as report_year, lr.period_index as report_index, lr.rag as report_rag, lr.status as report_status
    from ${projects}
    join ${portfolios} pf on pf.id = ${projects.portfolioId}
    left join ${programs} pg on pg.id = ${projects.programId}
    left join ${users} cu on cu.id = ${projects.curatorUserId}
    left join ${users} mu on mu.id = ${projects.managerUserId}
    left join lateral (
      select r.period_kind, r.year, r.period_index, r.rag, r.status from ${projectReports} r where r.project_id = ${projects.id}
      order by r.year desc, (case r.period_kind when 'quarter' then r.period_index * 3 else r.period_index end) desc, r.period_kind = 'quarter' desc limit 1
    ) lr on true
    where ${filtersOf(filter, scope)}
    order by ${projects.code}
    limit ${registerRowLimit}`);
  // Both drivers answer raw queries with { rows }.
  return (result as unknown as { rows: RegisterRow[] }).rows;
}

export function registerTable(rows: RegisterRow[], language: Language): Table {
  const w = passportWords[language];
  const number = (value: number | string | null) => (value === null ? null : Number(value));
  return {
    columns: w.register.columns,
    rows: rows.map((r) => [
      r.code,
      pickLocalized({ ru: r.short_ru, en: r.short_en, zh: r.short_zh }, language) || null,
      pickLocalized({ ru: r.full_ru, en: r.full_en, zh: r.full_zh }, language) || null,
      r.portfolio_code, r.program_code, w.stages[r.stage as ProjectStage] ?? r.stage, w.health[r.health as ProjectHealth] ?? r.health,
      r.curator, r.manager, r.starts_on, r.ends_on,
      number(r.plan) ?? 0, number(r.actual), Number(r.points), Number(r.overdue),
      r.report_kind ? fill(r.report_kind === 'quarter' ? w.register.quarter : w.register.month, { index: r.report_index ?? '', year: r.report_year ?? '' }) : null,
      r.report_rag ? w.health[r.report_rag as ProjectHealth] ?? r.report_rag : null,
      r.report_status ? w.reportStatus[r.report_status as keyof typeof w.reportStatus] ?? r.report_status : null,
    ]),
  };
}
