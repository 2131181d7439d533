-- The two GIN indexes linking probes on every import (link terms, one probe per term; link keys)
-- are rebuilt without fastupdate: with it, rows written since the last vacuum sit in a pending list
-- (up to gin_pending_list_limit, 4 MB) that every probe reads whole, so a lookup that finds nothing
-- took ~8 ms on the 10k-item bench dataset. An import rewrites only a few items' terms and inserts a
-- few mentions, which the tree takes directly.
DROP INDEX "commitments_link_terms_idx";--> statement-breakpoint
DROP INDEX "mentions_link_keys_idx";--> statement-breakpoint
CREATE INDEX "commitments_link_terms_idx" ON "commitments" USING gin ("link_terms") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "mentions_link_keys_idx" ON "mentions" USING gin ("link_keys") WITH (fastupdate=false);