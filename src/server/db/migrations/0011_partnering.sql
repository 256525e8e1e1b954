CREATE TABLE "partnering_glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concept" text NOT NULL,
	"language" text NOT NULL,
	"term" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnering_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_profile_id" uuid NOT NULL,
	"to_profile_id" uuid NOT NULL,
	"from_organization_id" uuid NOT NULL,
	"to_organization_id" uuid NOT NULL,
	"message" text NOT NULL,
	"routed_to" text NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"introduced_at" timestamp with time zone,
	"introduction_note" text,
	"meeting_on" date,
	"meeting_format" text,
	"meeting_notes" text,
	"meeting_recorded_at" timestamp with time zone,
	"agreement_id" uuid,
	"project_link" text,
	"closed_reason" text,
	"outcome_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnering_match_views" (
	"profile_id" uuid NOT NULL,
	"matched_profile_id" uuid NOT NULL,
	"viewed_on" date NOT NULL,
	CONSTRAINT "partnering_match_views_profile_id_matched_profile_id_viewed_on_pk" PRIMARY KEY("profile_id","matched_profile_id","viewed_on")
);
--> statement-breakpoint
CREATE TABLE "partnering_profile_directions" (
	"profile_id" uuid NOT NULL,
	"direction_id" uuid NOT NULL,
	CONSTRAINT "partnering_profile_directions_profile_id_direction_id_pk" PRIMARY KEY("profile_id","direction_id")
);
--> statement-breakpoint
CREATE TABLE "partnering_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"trl" integer,
	"ip_status" text,
	"partnership_types" text[] DEFAULT '{}' NOT NULL,
	"target_countries" text[] DEFAULT '{}' NOT NULL,
	"target_ecosystem_ids" uuid[] DEFAULT '{}' NOT NULL,
	"deal_size_band" text,
	"expires_on" date,
	"attachment_file_ids" uuid[] DEFAULT '{}' NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"concepts" text[] DEFAULT '{}' NOT NULL,
	"direction_closure" uuid[] DEFAULT '{}' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (case language when 'ru' then to_tsvector('russian', search_text) when 'en' then to_tsvector('english', search_text) else to_tsvector('simple', search_text) end) STORED,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnering_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"reviewer_id" uuid,
	"innovation" integer NOT NULL,
	"clarity" integer NOT NULL,
	"expectations" integer NOT NULL,
	"completeness" integer NOT NULL,
	"comment" text,
	"decision" text NOT NULL,
	"thresholds" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnering_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partnering_interests" ADD CONSTRAINT "partnering_interests_from_profile_id_partnering_profiles_id_fk" FOREIGN KEY ("from_profile_id") REFERENCES "public"."partnering_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_interests" ADD CONSTRAINT "partnering_interests_to_profile_id_partnering_profiles_id_fk" FOREIGN KEY ("to_profile_id") REFERENCES "public"."partnering_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_interests" ADD CONSTRAINT "partnering_interests_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_interests" ADD CONSTRAINT "partnering_interests_to_organization_id_organizations_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_interests" ADD CONSTRAINT "partnering_interests_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_interests" ADD CONSTRAINT "partnering_interests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_match_views" ADD CONSTRAINT "partnering_match_views_profile_id_partnering_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."partnering_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_match_views" ADD CONSTRAINT "partnering_match_views_matched_profile_id_partnering_profiles_id_fk" FOREIGN KEY ("matched_profile_id") REFERENCES "public"."partnering_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_profile_directions" ADD CONSTRAINT "partnering_profile_directions_profile_id_partnering_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."partnering_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_profile_directions" ADD CONSTRAINT "partnering_profile_directions_direction_id_directions_id_fk" FOREIGN KEY ("direction_id") REFERENCES "public"."directions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_profiles" ADD CONSTRAINT "partnering_profiles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_profiles" ADD CONSTRAINT "partnering_profiles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_reviews" ADD CONSTRAINT "partnering_reviews_profile_id_partnering_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."partnering_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_reviews" ADD CONSTRAINT "partnering_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partnering_glossary_terms_unique" ON "partnering_glossary_terms" USING btree ("concept","language","term");--> statement-breakpoint
CREATE INDEX "partnering_interests_to_idx" ON "partnering_interests" USING btree ("to_organization_id");--> statement-breakpoint
CREATE INDEX "partnering_interests_from_idx" ON "partnering_interests" USING btree ("from_organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partnering_interests_open_pair" ON "partnering_interests" USING btree ("from_profile_id","to_profile_id") WHERE status in ('sent', 'introduced', 'meeting');--> statement-breakpoint
CREATE INDEX "partnering_profile_directions_direction_idx" ON "partnering_profile_directions" USING btree ("direction_id");--> statement-breakpoint
CREATE INDEX "partnering_profiles_organization_idx" ON "partnering_profiles" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "partnering_profiles_status_type_idx" ON "partnering_profiles" USING btree ("status","type");--> statement-breakpoint
CREATE INDEX "partnering_profiles_search_idx" ON "partnering_profiles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "partnering_profiles_concepts_idx" ON "partnering_profiles" USING gin ("concepts");--> statement-breakpoint
CREATE INDEX "partnering_profiles_direction_closure_idx" ON "partnering_profiles" USING gin ("direction_closure");--> statement-breakpoint
CREATE INDEX "partnering_reviews_profile_idx" ON "partnering_reviews" USING btree ("profile_id","created_at");