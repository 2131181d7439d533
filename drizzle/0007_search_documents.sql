ALTER TABLE "commitments" ADD COLUMN "search_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "commitments_search_idx" ON "commitments" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE INDEX "commitments_search_version_idx" ON "commitments" USING btree ("search_version");
--> statement-breakpoint
-- Search documents (src/lib/server/track/search.ts) are built in TypeScript, since folding and
-- amount keys are not SQL. These triggers only mark an item's document stale (version 0), in
-- the same transaction as any write that changes what it is built from, whatever the write
-- path; refreshSearchDocuments rebuilds stale ones before a search. Every existing row starts
-- at version 0, so this migration also makes every stored document be recomputed.
CREATE FUNCTION search_stale_by_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		UPDATE commitments SET search_version = 0 WHERE search_version <> 0 AND id IN (SELECT commitment_id FROM new_rows);
	ELSIF TG_OP = 'UPDATE' THEN
		UPDATE commitments SET search_version = 0 WHERE search_version <> 0 AND id IN (SELECT commitment_id FROM new_rows UNION SELECT commitment_id FROM old_rows);
	ELSE
		UPDATE commitments SET search_version = 0 WHERE search_version <> 0 AND id IN (SELECT commitment_id FROM old_rows);
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- A write to an item's own fields, or a search_text written by anyone but the refresh (which
-- sets search_version itself), marks it stale.
CREATE FUNCTION search_stale_on_edit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.search_version IS NOT DISTINCT FROM OLD.search_version
		AND (NEW.title, NEW.title_en, NEW.target_value, NEW.target_value_max, NEW.unit, NEW.search_text)
			IS DISTINCT FROM (OLD.title, OLD.title_en, OLD.target_value, OLD.target_value_max, OLD.unit, OLD.search_text) THEN
		NEW.search_version := 0;
	END IF;
	RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER commitments_search_stale BEFORE UPDATE ON commitments FOR EACH ROW EXECUTE FUNCTION search_stale_on_edit();
--> statement-breakpoint
CREATE TRIGGER mentions_search_insert AFTER INSERT ON mentions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_stale_by_item();
--> statement-breakpoint
CREATE TRIGGER mentions_search_update AFTER UPDATE ON mentions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_stale_by_item();
--> statement-breakpoint
CREATE TRIGGER mentions_search_delete AFTER DELETE ON mentions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_stale_by_item();
--> statement-breakpoint
CREATE TRIGGER commitment_entities_search_insert AFTER INSERT ON commitment_entities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_stale_by_item();
--> statement-breakpoint
CREATE TRIGGER commitment_entities_search_delete AFTER DELETE ON commitment_entities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_stale_by_item();
