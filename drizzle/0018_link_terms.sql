ALTER TABLE "commitments" ADD COLUMN "link_terms" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "link_terms_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "commitments_link_terms_idx" ON "commitments" USING gin ("link_terms");--> statement-breakpoint
CREATE INDEX "commitments_link_terms_version_idx" ON "commitments" USING btree ("link_terms_version");--> statement-breakpoint
CREATE INDEX "commitments_target_value_idx" ON "commitments" USING btree ("sector","unit","target_value") WHERE "commitments"."target_value" is not null;--> statement-breakpoint
CREATE INDEX "commitments_target_first_idx" ON "commitments" USING btree ("sector","unit","id") WHERE "commitments"."target_value" is not null;--> statement-breakpoint
-- Link terms (src/lib/server/track/link-terms.ts) are computed in TypeScript from an item's title,
-- sector and quotes. These triggers only mark them stale (version 0) in the same transaction as any
-- write that changes what they are built from, whatever the write path; linking recomputes stale
-- ones before it reads candidates. Every existing row starts at version 0.
CREATE FUNCTION link_terms_stale_by_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		UPDATE commitments SET link_terms_version = 0 WHERE link_terms_version <> 0 AND id IN (SELECT commitment_id FROM new_rows);
	ELSIF TG_OP = 'UPDATE' THEN
		UPDATE commitments SET link_terms_version = 0 WHERE link_terms_version <> 0 AND id IN (SELECT commitment_id FROM new_rows UNION SELECT commitment_id FROM old_rows);
	ELSE
		UPDATE commitments SET link_terms_version = 0 WHERE link_terms_version <> 0 AND id IN (SELECT commitment_id FROM old_rows);
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION link_terms_stale_on_edit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.link_terms_version IS NOT DISTINCT FROM OLD.link_terms_version
		AND (NEW.title, NEW.sector) IS DISTINCT FROM (OLD.title, OLD.sector) THEN
		NEW.link_terms_version := 0;
	END IF;
	RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER commitments_link_terms_stale BEFORE UPDATE ON commitments FOR EACH ROW EXECUTE FUNCTION link_terms_stale_on_edit();
--> statement-breakpoint
CREATE TRIGGER mentions_link_terms_insert AFTER INSERT ON mentions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION link_terms_stale_by_item();
--> statement-breakpoint
CREATE TRIGGER mentions_link_terms_update AFTER UPDATE ON mentions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION link_terms_stale_by_item();
--> statement-breakpoint
CREATE TRIGGER mentions_link_terms_delete AFTER DELETE ON mentions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION link_terms_stale_by_item();
