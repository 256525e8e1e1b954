CREATE TABLE "brokerage_meeting_seats" (
	"meeting_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"slot" integer NOT NULL,
	CONSTRAINT "brokerage_meeting_seats_meeting_id_participant_id_pk" PRIMARY KEY("meeting_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "brokerage_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"slot" integer NOT NULL,
	"table_number" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "brokerage_meetings_request_id_unique" UNIQUE("request_id")
);
--> statement-breakpoint
CREATE TABLE "brokerage_sessions" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"slot_minutes" integer NOT NULL,
	"tables" integer NOT NULL,
	"default_meeting_limit" integer NOT NULL,
	"breaks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scheduled_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brokerage_sessions_end_after_start" CHECK ("brokerage_sessions"."ends_at" > "brokerage_sessions"."starts_at"),
	CONSTRAINT "brokerage_sessions_positive" CHECK ("brokerage_sessions"."slot_minutes" > 0 and "brokerage_sessions"."tables" > 0 and "brokerage_sessions"."default_meeting_limit" >= 0)
);
--> statement-breakpoint
CREATE TABLE "event_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"title_ru" text,
	"title_en" text,
	"title_zh" text,
	CONSTRAINT "event_agenda_end_not_before_start" CHECK ("event_agenda_items"."ends_at" >= "event_agenda_items"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "event_agreements" (
	"event_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	CONSTRAINT "event_agreements_event_id_agreement_id_pk" PRIMARY KEY("event_id","agreement_id")
);
--> statement-breakpoint
CREATE TABLE "event_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"text_ru" text,
	"text_en" text,
	"text_zh" text,
	"owner_organization_id" uuid NOT NULL,
	"owner_person_id" uuid,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid,
	"role" text DEFAULT 'member' NOT NULL,
	"brokerage" boolean DEFAULT false NOT NULL,
	"meeting_limit" integer,
	"availability" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_participants_once" UNIQUE NULLS NOT DISTINCT("event_id","organization_id","person_id"),
	CONSTRAINT "event_participants_limit_positive" CHECK ("event_participants"."meeting_limit" is null or "event_participants"."meeting_limit" >= 0)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title_ru" text,
	"title_en" text,
	"title_zh" text,
	"description_ru" text,
	"description_en" text,
	"description_zh" text,
	"place_ru" text,
	"place_en" text,
	"place_zh" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"organizer_organization_id" uuid NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_end_not_before_start" CHECK ("events"."ends_at" >= "events"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "meeting_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"requested_id" uuid NOT NULL,
	"message" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "meeting_requests_not_to_oneself" CHECK ("meeting_requests"."requester_id" <> "meeting_requests"."requested_id")
);
--> statement-breakpoint
ALTER TABLE "brokerage_meeting_seats" ADD CONSTRAINT "brokerage_meeting_seats_meeting_id_brokerage_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."brokerage_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meeting_seats" ADD CONSTRAINT "brokerage_meeting_seats_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meeting_seats" ADD CONSTRAINT "brokerage_meeting_seats_participant_id_event_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."event_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_meetings" ADD CONSTRAINT "brokerage_meetings_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brokerage_sessions" ADD CONSTRAINT "brokerage_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_agenda_items" ADD CONSTRAINT "event_agenda_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_agreements" ADD CONSTRAINT "event_agreements_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_agreements" ADD CONSTRAINT "event_agreements_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_follow_ups" ADD CONSTRAINT "event_follow_ups_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_follow_ups" ADD CONSTRAINT "event_follow_ups_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_follow_ups" ADD CONSTRAINT "event_follow_ups_owner_person_id_persons_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organizer_organization_id_organizations_id_fk" FOREIGN KEY ("organizer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_requester_id_event_participants_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."event_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_requested_id_event_participants_id_fk" FOREIGN KEY ("requested_id") REFERENCES "public"."event_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "brokerage_seats_person_slot_idx" ON "brokerage_meeting_seats" USING btree ("event_id","participant_id","slot");--> statement-breakpoint
CREATE UNIQUE INDEX "brokerage_meetings_table_idx" ON "brokerage_meetings" USING btree ("event_id","slot","table_number");--> statement-breakpoint
CREATE INDEX "event_agenda_event_idx" ON "event_agenda_items" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_agreements_agreement_idx" ON "event_agreements" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "event_follow_ups_event_idx" ON "event_follow_ups" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_participants_org_idx" ON "event_participants" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_requests_pair_idx" ON "meeting_requests" USING btree ("event_id","requester_id","requested_id");--> statement-breakpoint
CREATE INDEX "meeting_requests_requested_idx" ON "meeting_requests" USING btree ("requested_id");