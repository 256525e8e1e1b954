CREATE TABLE "registry_generation" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "registry_generation_single_row" CHECK ("registry_generation"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "registry_generation" ("id", "value") VALUES (1, 0);
--> statement-breakpoint
-- Bumps the registry's generation once per writing transaction. The triggers below are deferred
-- constraint triggers: they fire just before commit, so the counter row is locked only for the
-- last moment of the transaction (no new lock-order deadlocks), and a reader sees the new value
-- only together with the rows it describes. The transaction-local setting keeps it to one update
-- however many rows the transaction wrote.
CREATE FUNCTION registry_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('northbridge.registry_generation_bumped', true), '') <> 'yes' THEN
    UPDATE registry_generation SET value = value + 1 WHERE id = 1;
    PERFORM set_config('northbridge.registry_generation_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER organizations_generation AFTER INSERT OR UPDATE OR DELETE ON organizations DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER organization_identifiers_generation AFTER INSERT OR UPDATE OR DELETE ON organization_identifiers DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER organization_directions_generation AFTER INSERT OR UPDATE OR DELETE ON organization_directions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ecosystem_memberships_generation AFTER INSERT OR UPDATE OR DELETE ON ecosystem_memberships DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER directions_generation AFTER INSERT OR UPDATE OR DELETE ON directions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_generation_bump();
--> statement-breakpoint
-- A truncate (the demo world's reset) fires no row triggers; bump at once, outside the once-guard.
CREATE FUNCTION registry_generation_bump_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE registry_generation SET value = value + 1 WHERE id = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER organizations_truncate_generation AFTER TRUNCATE ON organizations FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump_now();
--> statement-breakpoint
CREATE TRIGGER organization_identifiers_truncate_generation AFTER TRUNCATE ON organization_identifiers FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump_now();
--> statement-breakpoint
CREATE TRIGGER organization_directions_truncate_generation AFTER TRUNCATE ON organization_directions FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump_now();
--> statement-breakpoint
CREATE TRIGGER ecosystem_memberships_truncate_generation AFTER TRUNCATE ON ecosystem_memberships FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump_now();
--> statement-breakpoint
CREATE TRIGGER directions_truncate_generation AFTER TRUNCATE ON directions FOR EACH STATEMENT EXECUTE FUNCTION registry_generation_bump_now();
