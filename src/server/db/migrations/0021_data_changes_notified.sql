-- One channel for every change a process keeps in memory: 'northbridge_changed'. The callers'
-- triggers of migration 0018 move to it (a user's id, or '*'), and every table that answers are
-- read from says 'data' when a transaction that wrote it commits (ADR 045). PostgreSQL delivers
-- a channel's messages in commit order and once per distinct payload per transaction, so a
-- marker a process sends and hears proves it heard every change committed before it.
-- Not here: tables written by sign-ins and reads (sessions, api_tokens, idempotency_keys,
-- audit_log, partnering_match_views), the import's progress (import_runs) and registry_generation;
-- no remembered answer reads them (src/server/lib/remembered-answers.ts lists what is remembered).
CREATE OR REPLACE FUNCTION actor_changed_by_user_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM pg_notify('northbridge_changed', OLD.user_id::text); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM pg_notify('northbridge_changed', NEW.user_id::text); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION actor_changed_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('northbridge_changed', OLD.id::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION actor_changed_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('northbridge_changed', '*');
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Once per statement, not per row: an import of 100,000 rows sends one message, not 100,000.
CREATE FUNCTION data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('northbridge_changed', 'data');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER agreement_directions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_directions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER agreement_document_versions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_document_versions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER agreement_documents_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_documents FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER agreement_obligations_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_obligations FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER agreement_parties_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_parties FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER agreement_relations_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_relations FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER agreement_signatories_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_signatories FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER agreements_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreements FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER brokerage_meeting_seats_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON brokerage_meeting_seats FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER brokerage_meetings_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON brokerage_meetings FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER brokerage_sessions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON brokerage_sessions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER calendar_feeds_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_feeds FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER directions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON directions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER ecosystem_memberships_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ecosystem_memberships FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER event_agenda_items_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_agenda_items FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER event_agreements_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_agreements FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER event_follow_ups_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_follow_ups FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER event_participants_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_participants FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER events_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER import_presets_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON import_presets FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER indicator_actual_revisions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_actual_revisions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER indicator_actuals_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_actuals FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER indicator_contributions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_contributions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER indicator_targets_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_targets FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER indicator_yearly_values_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_yearly_values FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER indicators_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicators FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER infrastructure_objects_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON infrastructure_objects FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER infrastructure_photos_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON infrastructure_photos FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER infrastructure_status_history_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON infrastructure_status_history FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER investor_request_responses_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON investor_request_responses FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER investor_requests_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON investor_requests FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER meeting_requests_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_requests FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER obligation_comments_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON obligation_comments FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER okved_codes_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON okved_codes FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER organization_activity_codes_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization_activity_codes FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER organization_directions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization_directions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER organization_identifiers_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization_identifiers FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER organizations_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER partnering_digest_matches_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnering_digest_matches FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER partnering_glossary_terms_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnering_glossary_terms FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER partnering_interests_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnering_interests FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER partnering_match_profiles_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnering_match_profiles FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER partnering_profile_directions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnering_profile_directions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER partnering_profiles_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnering_profiles FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER partnering_reviews_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnering_reviews FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER partnering_settings_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnering_settings FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER person_consents_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person_consents FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER persons_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON persons FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER portfolios_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portfolios FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER programs_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programs FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_agreements_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_agreements FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_budget_lines_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_budget_lines FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_calendar_feeds_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_calendar_feeds FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_change_requests_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_change_requests FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_control_points_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_control_points FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_directions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_directions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_ecosystems_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_ecosystems FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_participants_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_participants FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_passport_versions_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_passport_versions FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_reports_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_reports FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_results_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_results FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_risks_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_risks FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_stage_gates_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_stage_gates FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER project_summaries_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_summaries FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER projects_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON projects FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER reporting_campaign_indicators_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reporting_campaign_indicators FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER reporting_campaign_organizations_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reporting_campaign_organizations FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER reporting_campaigns_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reporting_campaigns FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER stored_files_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stored_files FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER user_roles_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_roles FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
--> statement-breakpoint
CREATE TRIGGER users_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION data_changed();
