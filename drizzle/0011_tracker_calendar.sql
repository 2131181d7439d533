-- The tracker's calendar is Vietnam's (src/lib/as-of.ts): an editor's status change made at
-- 18:00 UTC happened the next day in Hanoi, and the pages' visibility rules (track/visibility.ts)
-- already count it there. The stats cache must agree, or its "last event day" would differ from
-- the live aggregation it stands in for.
CREATE OR REPLACE FUNCTION refresh_commitment_stats(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
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
		(SELECT max(CASE WHEN e.user_id IS NULL AND e.effective_on IS NOT NULL THEN e.effective_on ELSE (e.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END)
			FROM status_events e WHERE e.commitment_id = ps.commitment_id)
	FROM (
		SELECT m.commitment_id,
			min(a.published_on) AS first_day,
			max(a.published_on) AS last_day,
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
SELECT refresh_commitment_stats(array(SELECT id FROM commitments));
