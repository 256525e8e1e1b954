-- Tells every process that keeps resolved callers in memory (ADR 036) that a caller changed: a
-- NOTIFY on 'northbridge_actor_changed' with the user's id, or '*' when a table was truncated.
-- PostgreSQL delivers it only when the transaction commits (never for a rollback) and once per
-- distinct payload per transaction, so ending a hundred sessions of a user sends one message.
-- Only changes that can narrow or alter what a caller is trigger it: a session's sliding renewal
-- and a token's last-use stamp, written on reads, do not.
CREATE FUNCTION actor_changed_by_user_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM pg_notify('northbridge_actor_changed', OLD.user_id::text); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM pg_notify('northbridge_actor_changed', NEW.user_id::text); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION actor_changed_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('northbridge_actor_changed', OLD.id::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION actor_changed_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('northbridge_actor_changed', '*');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_actor_changed AFTER UPDATE ON users FOR EACH ROW
  WHEN ((OLD.email, OLD.full_name, OLD.password_hash, OLD.language, OLD.active) IS DISTINCT FROM (NEW.email, NEW.full_name, NEW.password_hash, NEW.language, NEW.active))
  EXECUTE FUNCTION actor_changed_user();
--> statement-breakpoint
CREATE TRIGGER users_deleted_actor_changed AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION actor_changed_user();
--> statement-breakpoint
CREATE TRIGGER user_roles_actor_changed AFTER INSERT OR UPDATE OR DELETE ON user_roles FOR EACH ROW EXECUTE FUNCTION actor_changed_by_user_id();
--> statement-breakpoint
CREATE TRIGGER sessions_actor_changed AFTER UPDATE ON sessions FOR EACH ROW
  WHEN (NEW.expires_at < OLD.expires_at OR NEW.user_id <> OLD.user_id OR NEW.token_hash <> OLD.token_hash)
  EXECUTE FUNCTION actor_changed_by_user_id();
--> statement-breakpoint
CREATE TRIGGER sessions_deleted_actor_changed AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION actor_changed_by_user_id();
--> statement-breakpoint
CREATE TRIGGER api_tokens_actor_changed AFTER UPDATE ON api_tokens FOR EACH ROW
  WHEN (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.user_id <> OLD.user_id OR NEW.token_hash <> OLD.token_hash)
  EXECUTE FUNCTION actor_changed_by_user_id();
--> statement-breakpoint
CREATE TRIGGER api_tokens_deleted_actor_changed AFTER DELETE ON api_tokens FOR EACH ROW EXECUTE FUNCTION actor_changed_by_user_id();
--> statement-breakpoint
CREATE TRIGGER users_truncate_actor_changed AFTER TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION actor_changed_all();
--> statement-breakpoint
CREATE TRIGGER user_roles_truncate_actor_changed AFTER TRUNCATE ON user_roles FOR EACH STATEMENT EXECUTE FUNCTION actor_changed_all();
--> statement-breakpoint
CREATE TRIGGER sessions_truncate_actor_changed AFTER TRUNCATE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION actor_changed_all();
--> statement-breakpoint
CREATE TRIGGER api_tokens_truncate_actor_changed AFTER TRUNCATE ON api_tokens FOR EACH STATEMENT EXECUTE FUNCTION actor_changed_all();
