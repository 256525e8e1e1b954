ALTER TABLE "investor_requests" ALTER COLUMN "contact_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "investor_requests" ALTER COLUMN "contact_email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "investor_requests" ALTER COLUMN "message" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD COLUMN "withdrawal_token_hash" text;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD COLUMN "consent_withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD COLUMN "consent_withdrawn_by" text;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD COLUMN "resident_membership_id" uuid;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD CONSTRAINT "investor_requests_resident_membership_id_ecosystem_memberships_id_fk" FOREIGN KEY ("resident_membership_id") REFERENCES "public"."ecosystem_memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investor_requests" ADD CONSTRAINT "investor_requests_withdrawal_token_hash_unique" UNIQUE("withdrawal_token_hash");--> statement-breakpoint
ALTER TABLE "investor_requests" ADD CONSTRAINT "investor_requests_contact_unless_erased" CHECK ("investor_requests"."erased_at" is not null or ("investor_requests"."contact_name" is not null and "investor_requests"."contact_email" is not null and "investor_requests"."message" is not null));