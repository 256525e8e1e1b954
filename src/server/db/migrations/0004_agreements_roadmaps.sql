CREATE TABLE "agreement_document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_obligations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"text_ru" text,
	"text_en" text,
	"text_zh" text,
	"responsible_organization_id" uuid,
	"starts_on" date,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"done_on" date,
	"evidence_url" text,
	"evidence_document_id" uuid,
	"evidence_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_relations" (
	"agreement_id" uuid NOT NULL,
	"related_agreement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "agreement_relations_agreement_id_related_agreement_id_pk" PRIMARY KEY("agreement_id","related_agreement_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"agreement_id" uuid,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "obligation_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"obligation_id" uuid NOT NULL,
	"author_user_id" uuid,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "auto_renewal" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "goals_ru" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "goals_en" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "goals_zh" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "termination_reason" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "terminated_on" date;--> statement-breakpoint
ALTER TABLE "agreement_document_versions" ADD CONSTRAINT "agreement_document_versions_document_id_agreement_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."agreement_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_document_versions" ADD CONSTRAINT "agreement_document_versions_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_document_versions" ADD CONSTRAINT "agreement_document_versions_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_obligations" ADD CONSTRAINT "agreement_obligations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_obligations" ADD CONSTRAINT "agreement_obligations_responsible_organization_id_organizations_id_fk" FOREIGN KEY ("responsible_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_obligations" ADD CONSTRAINT "agreement_obligations_evidence_document_id_agreement_documents_id_fk" FOREIGN KEY ("evidence_document_id") REFERENCES "public"."agreement_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_relations" ADD CONSTRAINT "agreement_relations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_relations" ADD CONSTRAINT "agreement_relations_related_agreement_id_agreements_id_fk" FOREIGN KEY ("related_agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_comments" ADD CONSTRAINT "obligation_comments_obligation_id_agreement_obligations_id_fk" FOREIGN KEY ("obligation_id") REFERENCES "public"."agreement_obligations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_comments" ADD CONSTRAINT "obligation_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_document_versions_unique" ON "agreement_document_versions" USING btree ("document_id","version");--> statement-breakpoint
CREATE INDEX "agreement_documents_agreement_idx" ON "agreement_documents" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "agreement_obligations_agreement_idx" ON "agreement_obligations" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "agreement_obligations_due_idx" ON "agreement_obligations" USING btree ("due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_idx" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feeds_user_idx" ON "calendar_feeds" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "obligation_comments_obligation_idx" ON "obligation_comments" USING btree ("obligation_id");