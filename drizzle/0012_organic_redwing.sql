ALTER TABLE "articles" DROP CONSTRAINT "articles_date_source_check";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "raw_html" text;--> statement-breakpoint
ALTER TABLE "import_job_files" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "import_job_files" ADD COLUMN "leased_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "articles_url_idx" ON "articles" USING btree ("url");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_date_source_check" CHECK ("articles"."date_source" in ('header', 'markup', 'text', 'none', 'editor'));