CREATE TABLE "partnering_match_profiles" (
	"profile_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"type" text NOT NULL,
	"language" text NOT NULL,
	"expires_on" date,
	"trl" integer,
	"partnership_types" text[] NOT NULL,
	"target_countries" text[] NOT NULL,
	"target_ecosystem_ids" uuid[] NOT NULL,
	"concepts" text[] NOT NULL,
	"direction_closure" uuid[] NOT NULL,
	"lexemes" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partnering_match_profiles" ADD CONSTRAINT "partnering_match_profiles_profile_id_partnering_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."partnering_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The typed terms of a profile as the candidate pool asks for them (ADR 033, now on the narrow copy,
-- ADR 039): each glossary concept and each direction of its closure, prefixed by the profile's type.
CREATE FUNCTION partnering_typed_terms(type text, concepts text[], direction_closure uuid[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array(SELECT type || ' ' || c FROM unnest(concepts) c) || array(SELECT type || ' ' || d::text FROM unnest(direction_closure) d)
$$;
--> statement-breakpoint
-- The stemmed words of a profile prefixed by its type and language ("technology_offer/ru/биореактор"):
-- "two shared words in the same language" read from the index only for complementary profiles.
CREATE FUNCTION partnering_typed_words(type text, language text, lexemes text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array(SELECT type || '/' || language || '/' || w FROM unnest(lexemes) w))
$$;
--> statement-breakpoint
-- Kept in the same statement as every write of a profile: a row while it is published, none otherwise
-- (a deleted profile's row goes by the foreign key). A write that changes nothing the pool reads
-- (a renewal reminder, a review's timestamps) leaves the row as it is.
CREATE FUNCTION partnering_match_profiles_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'published' THEN
    INSERT INTO partnering_match_profiles AS m (profile_id, organization_id, type, language, expires_on, trl, partnership_types,
      target_countries, target_ecosystem_ids, concepts, direction_closure, lexemes)
    VALUES (NEW.id, NEW.organization_id, NEW.type, NEW.language, NEW.expires_on, NEW.trl, NEW.partnership_types,
      NEW.target_countries, NEW.target_ecosystem_ids, NEW.concepts, NEW.direction_closure, tsvector_to_array(NEW.search_vector))
    ON CONFLICT (profile_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, type = EXCLUDED.type, language = EXCLUDED.language,
      expires_on = EXCLUDED.expires_on, trl = EXCLUDED.trl, partnership_types = EXCLUDED.partnership_types,
      target_countries = EXCLUDED.target_countries, target_ecosystem_ids = EXCLUDED.target_ecosystem_ids,
      concepts = EXCLUDED.concepts, direction_closure = EXCLUDED.direction_closure, lexemes = EXCLUDED.lexemes
    WHERE (m.*) IS DISTINCT FROM (EXCLUDED.*);
  ELSIF TG_OP = 'UPDATE' THEN
    DELETE FROM partnering_match_profiles WHERE profile_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER partnering_profiles_match_projection AFTER INSERT OR UPDATE ON partnering_profiles FOR EACH ROW EXECUTE FUNCTION partnering_match_profiles_keep();
--> statement-breakpoint
INSERT INTO partnering_match_profiles (profile_id, organization_id, type, language, expires_on, trl, partnership_types,
  target_countries, target_ecosystem_ids, concepts, direction_closure, lexemes)
SELECT id, organization_id, type, language, expires_on, trl, partnership_types, target_countries, target_ecosystem_ids,
  concepts, direction_closure, tsvector_to_array(search_vector)
FROM partnering_profiles WHERE status = 'published';
--> statement-breakpoint
-- Written through, without a pending list: a read would otherwise scan up to 4 MB of unsorted entries
-- after a burst of writes; profiles are written by people, read by every match.
CREATE INDEX "partnering_match_profiles_terms_idx" ON "partnering_match_profiles" USING gin (partnering_typed_terms(type, concepts, direction_closure)) WITH (fastupdate = off);
--> statement-breakpoint
CREATE INDEX "partnering_match_profiles_words_idx" ON "partnering_match_profiles" USING gin (partnering_typed_words(type, language, lexemes)) WITH (fastupdate = off);
--> statement-breakpoint
DROP INDEX "partnering_profiles_match_terms_idx";
--> statement-breakpoint
DROP FUNCTION partnering_match_terms(text, text, text[], uuid[]);
