/**
 * The commitment_stats cache (kept by triggers, see drizzle/0003_commitment_stats_triggers.sql)
 * holds each item's statistics and current status over ALL its mentions and status events.
 * For a date on or after the day of every mention and every event it equals the live
 * aggregation as of that date, so reads take it; for an earlier date they aggregate live.
 */
import { max } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitmentStats } from '../db/schema';

/** One query on two indexed maxima: may `asOf` be answered from the cache? */
export async function statsCacheCovers(db: Db, asOf: string): Promise<boolean> {
	const [row] = await db
		.select({
			mentioned: max(commitmentStats.lastMentioned),
			event: max(commitmentStats.lastEventDay)
		})
		.from(commitmentStats);
	return (row?.mentioned ?? '') <= asOf && (row?.event ?? '') <= asOf;
}
