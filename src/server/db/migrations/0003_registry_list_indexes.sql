DROP INDEX "organizations_kind_idx";--> statement-breakpoint
CREATE INDEX "organization_directions_direction_idx" ON "organization_directions" USING btree ("direction_id");--> statement-breakpoint
CREATE INDEX "organizations_country_sort_idx" ON "organizations" USING btree (coalesce("country", ''),"id");--> statement-breakpoint
CREATE INDEX "organizations_display_name_idx" ON "organizations" USING btree (coalesce("name_ru", "name_en", "name_zh"),"id");--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("kind","id");