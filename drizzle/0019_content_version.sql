CREATE TABLE "content_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "content_version_one_row" CHECK (id = 1)
);
--> statement-breakpoint
CREATE TABLE "content_version_marks" (
	"xid" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- The page cache's key (src/lib/server/page-cache.ts). A row trigger on every table a public page
-- reads marks the transaction once (a transaction-local setting remembers it was marked, so the
-- other rows cost one comparison); the mark's deferred trigger bumps the version when the
-- transaction commits. The one row is locked only for that moment, not for a whole import, so
-- concurrent imports do not queue on it, and the new version becomes visible with the data.
INSERT INTO "content_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION mark_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF current_setting('camket.content_marked', true) IS DISTINCT FROM '1' THEN
		PERFORM set_config('camket.content_marked', '1', true);
		INSERT INTO content_version_marks (xid) VALUES (pg_current_xact_id()::text) ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE content_version SET version = version + 1 WHERE id = 1;
	DELETE FROM content_version_marks WHERE xid = NEW.xid;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER content_version_at_commit AFTER INSERT ON content_version_marks
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "articles" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "article_shingle_bands" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "entities" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "entity_aliases" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "commitments" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "commitment_entities" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "mentions" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "status_events" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "commitment_stats" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "trade_observations" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "official_trade_figures" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION mark_content_changed();
