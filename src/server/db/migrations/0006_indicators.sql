CREATE TABLE "indicator_actual_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actual_id" uuid NOT NULL,
	"value_before" numeric(24, 4) NOT NULL,
	"value_after" numeric(24, 4) NOT NULL,
	"status_before" text NOT NULL,
	"status_after" text NOT NULL,
	"reason" text,
	"changed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_indicator_id" uuid NOT NULL,
	"child_indicator_id" uuid NOT NULL,
	"plans" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_contributions_pair" UNIQUE("parent_indicator_id","child_indicator_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_yearly_values" (
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" numeric(24, 4) NOT NULL,
	"complete" boolean NOT NULL,
	"period_kind" text NOT NULL,
	"periods" integer NOT NULL,
	"source" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "indicator_yearly_values_indicator_id_year_pk" PRIMARY KEY("indicator_id","year")
);
--> statement-breakpoint
CREATE TABLE "reporting_campaign_indicators" (
	"campaign_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	CONSTRAINT "reporting_campaign_indicators_campaign_id_indicator_id_pk" PRIMARY KEY("campaign_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "reporting_campaign_organizations" (
	"campaign_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "reporting_campaign_organizations_campaign_id_organization_id_pk" PRIMARY KEY("campaign_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "reporting_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"period_kind" text NOT NULL,
	"period_index" integer DEFAULT 0 NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_actuals" DROP CONSTRAINT "indicator_actuals_year";--> statement-breakpoint
ALTER TABLE "indicator_targets" DROP CONSTRAINT "indicator_targets_year";--> statement-breakpoint
DROP INDEX "indicator_actuals_indicator_idx";--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD COLUMN "period_kind" text DEFAULT 'year' NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD COLUMN "period_index" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD COLUMN "comment" text;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD COLUMN "status" text DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD COLUMN "entered_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD COLUMN "confirmed_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD COLUMN "period_kind" text DEFAULT 'year' NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD COLUMN "period_index" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "description_ru" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "description_en" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "description_zh" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "owner_project_id" uuid;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "aggregation" text DEFAULT 'sum' NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "calculation_method" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "formula" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "data_source" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "responsible" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "direction_id" uuid;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "ecosystem_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_actual_revisions" ADD CONSTRAINT "indicator_actual_revisions_actual_id_indicator_actuals_id_fk" FOREIGN KEY ("actual_id") REFERENCES "public"."indicator_actuals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actual_revisions" ADD CONSTRAINT "indicator_actual_revisions_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_contributions" ADD CONSTRAINT "indicator_contributions_parent_indicator_id_indicators_id_fk" FOREIGN KEY ("parent_indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_contributions" ADD CONSTRAINT "indicator_contributions_child_indicator_id_indicators_id_fk" FOREIGN KEY ("child_indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_yearly_values" ADD CONSTRAINT "indicator_yearly_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_campaign_indicators" ADD CONSTRAINT "reporting_campaign_indicators_campaign_id_reporting_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."reporting_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_campaign_indicators" ADD CONSTRAINT "reporting_campaign_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_campaign_organizations" ADD CONSTRAINT "reporting_campaign_organizations_campaign_id_reporting_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."reporting_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_campaign_organizations" ADD CONSTRAINT "reporting_campaign_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_campaigns" ADD CONSTRAINT "reporting_campaigns_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_actual_revisions_actual_idx" ON "indicator_actual_revisions" USING btree ("actual_id");--> statement-breakpoint
CREATE INDEX "indicator_contributions_child_idx" ON "indicator_contributions" USING btree ("child_indicator_id");--> statement-breakpoint
CREATE INDEX "reporting_campaign_organizations_org_idx" ON "reporting_campaign_organizations" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_direction_id_directions_id_fk" FOREIGN KEY ("direction_id") REFERENCES "public"."directions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_ecosystem_id_organizations_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_actuals_organization_idx" ON "indicator_actuals" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "indicators_level_idx" ON "indicators" USING btree ("level");--> statement-breakpoint
CREATE INDEX "indicators_owner_idx" ON "indicators" USING btree ("owner_organization_id");--> statement-breakpoint
CREATE INDEX "indicator_actuals_indicator_idx" ON "indicator_actuals" USING btree ("indicator_id","status");--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_period" UNIQUE NULLS NOT DISTINCT("indicator_id","year","period_kind","period_index","organization_id");--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_period" UNIQUE("indicator_id","year","period_kind","period_index");