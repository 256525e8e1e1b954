CREATE TABLE "partnering_digest_matches" (
	"profile_id" uuid NOT NULL,
	"matched_profile_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"found_on" date NOT NULL,
	"seen_at" timestamp with time zone,
	CONSTRAINT "partnering_digest_matches_profile_id_matched_profile_id_pk" PRIMARY KEY("profile_id","matched_profile_id")
);
--> statement-breakpoint
ALTER TABLE "partnering_digest_matches" ADD CONSTRAINT "partnering_digest_matches_profile_id_partnering_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."partnering_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_digest_matches" ADD CONSTRAINT "partnering_digest_matches_matched_profile_id_partnering_profiles_id_fk" FOREIGN KEY ("matched_profile_id") REFERENCES "public"."partnering_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnering_digest_matches" ADD CONSTRAINT "partnering_digest_matches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partnering_digest_matches_organization_idx" ON "partnering_digest_matches" USING btree ("organization_id","seen_at");--> statement-breakpoint
-- The terms of a published profile as the matcher's candidate pool reads them (ADR 033): each glossary
-- concept and each direction of its closure, prefixed by the profile's type, so that one GIN index
-- answers "a complementary published profile that shares this term" without reading the others.
CREATE FUNCTION partnering_match_terms(status text, type text, concepts text[], direction_closure uuid[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN status = 'published' THEN
    array(SELECT type || ' ' || c FROM unnest(concepts) c) || array(SELECT type || ' ' || d::text FROM unnest(direction_closure) d)
  ELSE '{}'::text[] END
$$;
--> statement-breakpoint
CREATE INDEX "partnering_profiles_match_terms_idx" ON "partnering_profiles" USING gin (partnering_match_terms(status, type, concepts, direction_closure));
