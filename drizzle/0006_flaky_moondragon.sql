ALTER TABLE "mentions" ADD COLUMN "link_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "mentions_link_keys_idx" ON "mentions" USING gin ("link_keys");