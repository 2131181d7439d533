ALTER TABLE "audit_log" ADD COLUMN "note_key" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "note_params" jsonb;--> statement-breakpoint
ALTER TABLE "status_events" ADD COLUMN "reason_key" text;--> statement-breakpoint
ALTER TABLE "status_events" ADD COLUMN "reason_params" jsonb;--> statement-breakpoint
-- Rows written before keys were stored: each English sentence the system wrote becomes its key
-- and parameters; what an editor typed before it stays as text. A text no pattern matches stays
-- as it is, and is shown as written.
UPDATE "status_events" SET "reason_key" = 'first_found', "reason_params" = '{}'::jsonb, "reason" = ''
WHERE "reason" = 'New item: first found in an article';--> statement-breakpoint
UPDATE "status_events" SET "reason_key" = 'first_found_underway',
	"reason_params" = jsonb_build_object('words', to_jsonb(string_to_array(
		(regexp_match("reason", '^New item: first found in an article that says it is under way \(“(.*)”\)$'))[1], '”, “'))),
	"reason" = ''
WHERE "reason" ~ '^New item: first found in an article that says it is under way \(“.*”\)$';--> statement-breakpoint
UPDATE "status_events" SET "reason_key" = 'split_off',
	"reason_params" = jsonb_build_object('id', (regexp_match("reason", '^Split off from item #(\d+) by an editor'))[1]::int),
	"reason" = ''
WHERE "reason" ~ '^Split off from item #\d+ by an editor: the quote states a different commitment\.$';--> statement-breakpoint
UPDATE "status_events" SET "reason_key" = 'trade_met',
	"reason_params" = (SELECT jsonb_build_object('year', g[1]::int, 'value', g[2], 'target', g[3])
		FROM regexp_match("reason", '^Trade series: the final (\d{4}) figure \(([\d.]+) USD\) reaches the target of ([\d.]+) USD$') AS g),
	"reason" = ''
WHERE "reason" ~ '^Trade series: the final \d{4} figure \([\d.]+ USD\) reaches the target of [\d.]+ USD$';--> statement-breakpoint
UPDATE "status_events" SET "reason_key" = 'quote_says',
	"reason_params" = jsonb_build_object('words', (regexp_match("reason", '^The quoted article says “(.*)”\.$'))[1]),
	"reason" = ''
WHERE "user_id" IS NOT NULL AND "reason" ~ '^The quoted article says “.*”\.$';--> statement-breakpoint
UPDATE "status_events" SET "reason_key" = 'proposal_accepted', "reason_params" = '{}'::jsonb, "reason" = ''
WHERE "user_id" IS NOT NULL AND "reason" = 'Accepted the engine’s proposal on the quoted evidence.';--> statement-breakpoint
UPDATE "audit_log" SET "note_key" = 'merged',
	"note_params" = (SELECT jsonb_build_object('id', g[2]::int, 'title', g[3], 'into', g[4]::int, 'intoTitle', g[5])
		FROM regexp_match("public_note", '^(.*?)\s*Item #(\d+) “(.*)” was a duplicate and was merged into #(\d+) “(.*)”\.$') AS g),
	"public_note" = nullif(btrim((regexp_match("public_note", '^(.*?)\s*Item #\d+ “.*” was a duplicate and was merged into #\d+ “.*”\.$'))[1]), '')
WHERE "action" = 'item.merge_away' AND "public_note" ~ 'Item #\d+ “.*” was a duplicate and was merged into #\d+ “.*”\.$';--> statement-breakpoint
UPDATE "audit_log" SET "note_key" = 'split_note',
	"note_params" = (SELECT jsonb_build_object('id', g[2]::int, 'title', g[3], 'newId', g[4]::int)
		FROM regexp_match("public_note", '^(.*?)\s*A quote was wrongly counted as evidence for #(\d+) “(.*)”; it now stands as its own item #(\d+)\.$') AS g),
	"public_note" = nullif(btrim((regexp_match("public_note", '^(.*?)\s*A quote was wrongly counted as evidence for #\d+ “.*”; it now stands as its own item #\d+\.$'))[1]), '')
WHERE "action" = 'item.split_from' AND "public_note" ~ 'A quote was wrongly counted as evidence for #\d+ “.*”; it now stands as its own item #\d+\.$';--> statement-breakpoint
UPDATE "audit_log" SET "note_key" = 'retitled',
	"note_params" = (SELECT jsonb_build_object('id', g[2]::int, 'from', g[3], 'to', g[4])
		FROM regexp_match("public_note", '^(.*?)\s*Item #(\d+) retitled: “(.*)” → “(.*)”\.$') AS g),
	"public_note" = nullif(btrim((regexp_match("public_note", '^(.*?)\s*Item #\d+ retitled: “.*” → “.*”\.$'))[1]), '')
WHERE "action" = 'item.edit' AND "public_note" ~ 'Item #\d+ retitled: “.*” → “.*”\.$';--> statement-breakpoint
UPDATE "audit_log" SET "note_key" = 'removed',
	"note_params" = (SELECT jsonb_build_object('id', g[2]::int, 'title', g[3])
		FROM regexp_match("public_note", '^(.*?)\s*Removed item #(\d+) “(.*)”: the quoted passage is not a commitment\.$') AS g),
	"public_note" = nullif(btrim((regexp_match("public_note", '^(.*?)\s*Removed item #\d+ “.*”: the quoted passage is not a commitment\.$'))[1]), '')
WHERE "action" = 'item.remove' AND "public_note" ~ 'Removed item #\d+ “.*”: the quoted passage is not a commitment\.$';--> statement-breakpoint
UPDATE "audit_log" SET "note_key" = 'article_corrected',
	"note_params" = jsonb_build_object('fields', to_jsonb(string_to_array(
		(regexp_match("public_note", '^(.*?)\s*Corrected the article''s ((?:outlet|url|publishedOn)(?:, (?:outlet|url|publishedOn))*)\.$'))[2], ', '))),
	"public_note" = nullif(btrim((regexp_match("public_note", '^(.*?)\s*Corrected the article''s (?:outlet|url|publishedOn)(?:, (?:outlet|url|publishedOn))*\.$'))[1]), '')
WHERE "action" = 'article.provenance' AND "public_note" ~ 'Corrected the article''s (?:outlet|url|publishedOn)(?:, (?:outlet|url|publishedOn))*\.$';--> statement-breakpoint
-- "Corrected title: “a” → “b”; deadline: “—” → “2027-06-30”." is taken apart only when the parts
-- put back together give the very same line; "—" was how "none" was written.
WITH parsed AS (
	SELECT a."id", g[1] AS "typed", g[2] AS "summary",
		(SELECT jsonb_agg(jsonb_build_object('field', x[1], 'from', nullif(x[2], '—'), 'to', nullif(x[3], '—')) ORDER BY n)
			FROM regexp_matches(g[2], '(\w+): “([^”]*)” → “([^”]*)”', 'g') WITH ORDINALITY AS t(x, n)) AS "changes",
		(SELECT string_agg(x[1] || ': “' || x[2] || '” → “' || x[3] || '”', '; ' ORDER BY n)
			FROM regexp_matches(g[2], '(\w+): “([^”]*)” → “([^”]*)”', 'g') WITH ORDINALITY AS t(x, n)) AS "rebuilt"
	FROM "audit_log" a, regexp_match(a."public_note", '^(.*?)\s*Corrected ([a-zA-Z]+: “.*)\.$') AS g
	WHERE a."action" = 'item.edit' AND a."note_key" IS NULL AND a."public_note" ~ 'Corrected [a-zA-Z]+: “.*\.$'
)
UPDATE "audit_log" SET "note_key" = 'corrected', "note_params" = jsonb_build_object('changes', p."changes"),
	"public_note" = nullif(btrim(p."typed"), '')
FROM parsed p WHERE "audit_log"."id" = p."id" AND p."rebuilt" = p."summary";
