-- Custom SQL migration file, put your code below! ---- A near miss's reason, stored in English by older engines, gets its message key (track/link.ts
-- LinkWhy) so the queue words it in the editor's language; a note no pattern knows stays as it is.
UPDATE "proposals" SET "payload" = "payload" || '{"whyKey": {"key": "titles_some"}}'::jsonb
WHERE "kind" = 'link' AND "payload"->>'why' = 'titles share some of their words, not most' AND NOT "payload" ? 'whyKey';--> statement-breakpoint
UPDATE "proposals" SET "payload" = "payload" || '{"whyKey": {"key": "quote_repeats_title"}}'::jsonb
WHERE "kind" = 'link' AND "payload"->>'why' = 'the quote repeats most of the words of its title' AND NOT "payload" ? 'whyKey';--> statement-breakpoint
UPDATE "proposals" SET "payload" = "payload" || jsonb_build_object('whyKey', jsonb_build_object(
	'key', 'shares_but',
	'keys', to_jsonb(string_to_array((regexp_match("payload"->>'why', '^shares (.*) but '))[1], ', ')),
	'short', CASE
		WHEN "payload"->>'why' LIKE '% but only one key in common, in another article, with few other words in common' THEN 'one_key'
		WHEN "payload"->>'why' LIKE '% but the key is not what either mainly says' THEN 'not_main'
		ELSE 'sectors_differ' END))
WHERE "kind" = 'link' AND NOT "payload" ? 'whyKey' AND "payload"->>'why' ~ '^shares .* but (only one key in common, in another article, with few other words in common|the key is not what either mainly says|the sectors differ)$';
