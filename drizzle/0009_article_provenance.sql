ALTER TABLE "articles" DROP CONSTRAINT "articles_date_source_check";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "outlet" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "outlet_from" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "source_ref" text;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_url_check" CHECK ("articles"."url" is null or "articles"."url" ~ '^https?://');--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_date_source_check" CHECK ("articles"."date_source" in ('header', 'text', 'none', 'editor'));