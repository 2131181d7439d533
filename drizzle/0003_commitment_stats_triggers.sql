-- Keeps commitment_stats equal to the live aggregation in src/lib/server/track/summaries.ts
-- (with no date limit) inside the same transaction as every write, whatever the write path:
-- pipeline, editor actions, merges, splits, deletes, cascades. Statement-level triggers with
-- transition tables recompute each touched item once per statement, so bulk loads stay fast.
CREATE FUNCTION refresh_commitment_stats(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM commitment_stats s
	WHERE s.commitment_id = ANY (ids)
		AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.commitment_id = s.commitment_id);
	INSERT INTO commitment_stats AS s (commitment_id, first_mentioned, last_mentioned, mention_count, source_count, evidence_score, status, last_event_day)
	SELECT ps.commitment_id,
		min(ps.first_day),
		max(ps.last_day),
		sum(ps.n)::int,
		count(*)::int,
		round(sum(ps.conf)::numeric, 2)::float8,
		coalesce((SELECT e.to_status FROM status_events e WHERE e.commitment_id = ps.commitment_id ORDER BY e.created_at DESC, e.id DESC LIMIT 1), 'announced'),
		(SELECT max(CASE WHEN e.user_id IS NULL AND e.effective_on IS NOT NULL THEN e.effective_on ELSE (e.created_at AT TIME ZONE 'UTC')::date END)
			FROM status_events e WHERE e.commitment_id = ps.commitment_id)
	FROM (
		SELECT m.commitment_id,
			min(coalesce(a.published_on, (a.created_at AT TIME ZONE 'UTC')::date)) AS first_day,
			max(coalesce(a.published_on, (a.created_at AT TIME ZONE 'UTC')::date)) AS last_day,
			count(*) AS n,
			max(m.confidence) AS conf
		FROM mentions m
		JOIN articles a ON a.id = m.article_id
		WHERE m.commitment_id = ANY (ids)
		GROUP BY m.commitment_id, coalesce(a.copy_of_id, a.id)
	) ps
	GROUP BY ps.commitment_id
	ON CONFLICT (commitment_id) DO UPDATE SET
		first_mentioned = excluded.first_mentioned,
		last_mentioned = excluded.last_mentioned,
		mention_count = excluded.mention_count,
		source_count = excluded.source_count,
		evidence_score = excluded.evidence_score,
		status = excluded.status,
		last_event_day = excluded.last_event_day;
END $$;
--> statement-breakpoint
-- Shared by mentions and status_events: both carry commitment_id.
CREATE FUNCTION commitment_stats_by_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM refresh_commitment_stats(ARRAY(SELECT DISTINCT commitment_id FROM new_rows));
	ELSIF TG_OP = 'UPDATE' THEN
		PERFORM refresh_commitment_stats(ARRAY(SELECT commitment_id FROM new_rows UNION SELECT commitment_id FROM old_rows));
	ELSE
		PERFORM refresh_commitment_stats(ARRAY(SELECT DISTINCT commitment_id FROM old_rows));
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- An article's date or copy-of link decides its mentions' days and how sources are counted.
CREATE FUNCTION commitment_stats_by_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM refresh_commitment_stats(ARRAY(
		SELECT DISTINCT m.commitment_id
		FROM new_rows n
		JOIN old_rows o ON o.id = n.id
		JOIN mentions m ON m.article_id = n.id
		WHERE (n.published_on, n.created_at, n.copy_of_id) IS DISTINCT FROM (o.published_on, o.created_at, o.copy_of_id)));
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER mentions_stats_insert AFTER INSERT ON mentions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_stats_by_item();
--> statement-breakpoint
CREATE TRIGGER mentions_stats_update AFTER UPDATE ON mentions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_stats_by_item();
--> statement-breakpoint
CREATE TRIGGER mentions_stats_delete AFTER DELETE ON mentions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_stats_by_item();
--> statement-breakpoint
CREATE TRIGGER status_events_stats_insert AFTER INSERT ON status_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_stats_by_item();
--> statement-breakpoint
CREATE TRIGGER status_events_stats_update AFTER UPDATE ON status_events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_stats_by_item();
--> statement-breakpoint
CREATE TRIGGER status_events_stats_delete AFTER DELETE ON status_events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_stats_by_item();
--> statement-breakpoint
CREATE TRIGGER articles_stats_update AFTER UPDATE ON articles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_stats_by_article();
--> statement-breakpoint
-- Backfill what is already there.
SELECT refresh_commitment_stats(ARRAY(SELECT id FROM commitments));
