-- Resident type becomes a controlled vocabulary (decision 018). Existing free texts are mapped:
-- activity profiles (production, R&D, software, …) were the demo's and early imports' habit and
-- all mean an ordinary resident; cluster workshops, studios and IT centers are participants;
-- labels typed in ru/en/zh map to their type; anything else becomes empty. Every change is kept
-- in the audit log with the text it replaced.
CREATE TEMPORARY TABLE "resident_type_mapping" ("entry_id" uuid PRIMARY KEY, "before" text, "after" text);
--> statement-breakpoint
INSERT INTO "resident_type_mapping" ("entry_id", "before", "after")
SELECT "id", "resident_type", CASE
    WHEN "key" IN ('resident', 'резидент', 'production', 'research and development', 'logistics', 'software product', 'software services', 'hardware') THEN 'resident'
    WHEN "key" IN ('anchor resident', 'якорный резидент', '龙头企业') THEN 'anchor_resident'
    WHEN "key" IN ('startup resident', 'startup', 'start up resident', 'резидент стартап', 'стартап', 'incubatee', '孵化企业') THEN 'startup_resident'
    WHEN "key" IN ('virtual resident', 'виртуальный резидент', 'резидент без размещения') THEN 'virtual_resident'
    WHEN "key" IN ('participant', 'участник', 'workshop', 'studio', 'it center', 'education', '成员单位') THEN 'participant'
    WHEN "key" IN ('partner', 'партнер', '合作伙伴') THEN 'partner'
    WHEN "key" IN ('co investor', 'соинвестор', '联合投资方') THEN 'co_investor'
    ELSE NULL
  END
FROM (
  SELECT "id", "resident_type", regexp_replace(replace(lower(btrim("resident_type")), 'ё', 'е'), '[[:space:]_-]+', ' ', 'g') AS "key"
  FROM "ecosystem_memberships" WHERE "resident_type" IS NOT NULL
) AS "typed";
--> statement-breakpoint
DELETE FROM "resident_type_mapping" WHERE "after" IS NOT DISTINCT FROM "before";
--> statement-breakpoint
UPDATE "ecosystem_memberships" SET "resident_type" = "m"."after" FROM "resident_type_mapping" AS "m" WHERE "ecosystem_memberships"."id" = "m"."entry_id";
--> statement-breakpoint
INSERT INTO "audit_log" ("actor_label", "action", "entity_type", "entity_id", "changes", "request_id")
SELECT 'migration 0005_resident_types', 'update', 'ecosystem_membership', "entry_id"::text,
  jsonb_build_object('residentType', jsonb_build_object('before', "before", 'after', "after")), 'migration'
FROM "resident_type_mapping";
--> statement-breakpoint
DROP TABLE "resident_type_mapping";
--> statement-breakpoint
ALTER TABLE "ecosystem_memberships" ADD CONSTRAINT "memberships_resident_type_known" CHECK ("ecosystem_memberships"."resident_type" is null or "ecosystem_memberships"."resident_type" in ('resident', 'anchor_resident', 'startup_resident', 'virtual_resident', 'participant', 'partner', 'co_investor'));