CREATE TABLE "commitment_stats" (
	"commitment_id" integer PRIMARY KEY NOT NULL,
	"first_mentioned" date NOT NULL,
	"last_mentioned" date NOT NULL,
	"mention_count" integer NOT NULL,
	"source_count" integer NOT NULL,
	"evidence_score" double precision NOT NULL,
	"status" text NOT NULL,
	"last_event_day" date
);
--> statement-breakpoint
ALTER TABLE "commitment_stats" ADD CONSTRAINT "commitment_stats_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_stats_last_mentioned_idx" ON "commitment_stats" USING btree ("last_mentioned");--> statement-breakpoint
CREATE INDEX "commitment_stats_first_mentioned_idx" ON "commitment_stats" USING btree ("first_mentioned");--> statement-breakpoint
CREATE INDEX "commitment_stats_status_idx" ON "commitment_stats" USING btree ("status");--> statement-breakpoint
CREATE INDEX "commitment_stats_last_event_day_idx" ON "commitment_stats" USING btree ("last_event_day");--> statement-breakpoint
CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "commitments_updated_at_idx" ON "commitments" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "mentions_created_at_idx" ON "mentions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "status_events_created_at_idx" ON "status_events" USING btree ("created_at");