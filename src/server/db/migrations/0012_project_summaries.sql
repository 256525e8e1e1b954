CREATE TABLE "project_summaries" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"control_points" integer DEFAULT 0 NOT NULL,
	"open_due_dates" date[] DEFAULT '{}' NOT NULL,
	"budget_plan_rub" double precision DEFAULT 0 NOT NULL,
	"budget_actual_rub" double precision DEFAULT 0 NOT NULL,
	"health" text DEFAULT 'none' NOT NULL,
	"reports_awaiting_review" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project_summaries" ADD CONSTRAINT "project_summaries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_summaries_health_idx" ON "project_summaries" USING btree ("health");--> statement-breakpoint
CREATE INDEX "projects_curator_idx" ON "projects" USING btree ("curator_user_id");--> statement-breakpoint
-- Backfill: every existing project's summary, by the statement refreshProjectSummaries runs
-- (src/server/features/portfolio/project-summaries.ts).
insert into project_summaries (project_id, control_points, open_due_dates, budget_plan_rub, budget_actual_rub, health, reports_awaiting_review)
select p.id,
  (select count(*)::int from project_control_points c where c.project_id = p.id),
  coalesce((select array_agg(c.due_on order by c.due_on) from project_control_points c where c.project_id = p.id and c.actual_on is null), '{}'),
  coalesce((select sum(b.plan_rub)::float8 from project_budget_lines b where b.project_id = p.id), 0),
  coalesce((select sum(b.actual_rub)::float8 from project_budget_lines b where b.project_id = p.id), 0),
  coalesce((
    select r.rag from project_reports r where r.project_id = p.id and r.status = 'approved'
    order by r.year desc, (case r.period_kind when 'quarter' then r.period_index * 3 else r.period_index end) desc, r.period_kind = 'quarter' desc limit 1
  ), 'none'),
  (select count(*)::int from project_reports r where r.project_id = p.id and r.status = 'submitted')
from projects p;
