CREATE TABLE "infrastructure_objects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ecosystem_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name_ru" text,
	"name_en" text,
	"name_zh" text,
	"address_ru" text,
	"address_en" text,
	"address_zh" text,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"area" numeric(14, 2) NOT NULL,
	"area_unit" text NOT NULL,
	"area_m2" numeric(16, 2) NOT NULL,
	"capacity" integer,
	"power_kw" numeric(12, 1),
	"utilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"price" numeric(14, 2),
	"currency" text,
	"price_unit" text,
	"price_period" text,
	"deal_type" text NOT NULL,
	"conditions_ru" text,
	"conditions_en" text,
	"conditions_zh" text,
	"tax_regime_ru" text,
	"tax_regime_en" text,
	"tax_regime_zh" text,
	"available_from" date,
	"units_free" integer,
	"description_ru" text,
	"description_en" text,
	"description_zh" text,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "infrastructure_objects_latitude_range" CHECK ("infrastructure_objects"."latitude" between -90 and 90),
	CONSTRAINT "infrastructure_objects_longitude_range" CHECK ("infrastructure_objects"."longitude" between -180 and 180),
	CONSTRAINT "infrastructure_objects_area_positive" CHECK ("infrastructure_objects"."area" > 0 and "infrastructure_objects"."area_m2" > 0),
	CONSTRAINT "infrastructure_objects_price_not_negative" CHECK ("infrastructure_objects"."price" is null or "infrastructure_objects"."price" >= 0),
	CONSTRAINT "infrastructure_objects_units_not_negative" CHECK (("infrastructure_objects"."units_free" is null or "infrastructure_objects"."units_free" >= 0) and ("infrastructure_objects"."capacity" is null or "infrastructure_objects"."capacity" >= 0))
);
--> statement-breakpoint
CREATE TABLE "infrastructure_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"object_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "infrastructure_status_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"object_id" uuid NOT NULL,
	"ecosystem_id" uuid NOT NULL,
	"status" text NOT NULL,
	"area_m2" numeric(16, 2) NOT NULL,
	"changed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investor_request_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_user_id" uuid,
	"message" text NOT NULL,
	"proposed_object_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investor_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ecosystem_id" uuid NOT NULL,
	"object_id" uuid,
	"requester_user_id" uuid,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"company_name" text,
	"wanted_type" text,
	"area_min_m2" numeric(16, 2),
	"area_max_m2" numeric(16, 2),
	"message" text NOT NULL,
	"consent_given_at" timestamp with time zone NOT NULL,
	"consent_wording" text NOT NULL,
	"language" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"decline_reason" text,
	"resident_organization_id" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investor_requests_area_not_negative" CHECK (("investor_requests"."area_min_m2" is null or "investor_requests"."area_min_m2" >= 0) and ("investor_requests"."area_max_m2" is null or "investor_requests"."area_max_m2" >= 0))
);
--> statement-breakpoint
ALTER TABLE "infrastructure_objects" ADD CONSTRAINT "infrastructure_objects_ecosystem_id_organizations_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_photos" ADD CONSTRAINT "infrastructure_photos_object_id_infrastructure_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."infrastructure_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_photos" ADD CONSTRAINT "infrastructure_photos_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_status_history" ADD CONSTRAINT "infrastructure_status_history_object_id_infrastructure_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."infrastructure_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_status_history" ADD CONSTRAINT "infrastructure_status_history_ecosystem_id_organizations_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_request_responses" ADD CONSTRAINT "investor_request_responses_request_id_investor_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."investor_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_request_responses" ADD CONSTRAINT "investor_request_responses_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD CONSTRAINT "investor_requests_ecosystem_id_organizations_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD CONSTRAINT "investor_requests_object_id_infrastructure_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."infrastructure_objects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD CONSTRAINT "investor_requests_requester_user_id_users_id_fk" FOREIGN KEY ("requester_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD CONSTRAINT "investor_requests_resident_organization_id_organizations_id_fk" FOREIGN KEY ("resident_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "infrastructure_objects_ecosystem_idx" ON "infrastructure_objects" USING btree ("ecosystem_id","status");--> statement-breakpoint
CREATE INDEX "infrastructure_objects_type_idx" ON "infrastructure_objects" USING btree ("type");--> statement-breakpoint
CREATE INDEX "infrastructure_photos_object_idx" ON "infrastructure_photos" USING btree ("object_id","position");--> statement-breakpoint
CREATE INDEX "infrastructure_status_history_ecosystem_idx" ON "infrastructure_status_history" USING btree ("ecosystem_id","changed_on");--> statement-breakpoint
CREATE INDEX "investor_request_responses_request_idx" ON "investor_request_responses" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "investor_requests_ecosystem_idx" ON "investor_requests" USING btree ("ecosystem_id","status","created_at");