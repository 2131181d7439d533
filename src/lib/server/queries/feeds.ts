/** What the admin's feeds page reads: each feed with its counts and last error, and the recent items. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedItems, feeds, importJobFiles } from '../db/schema';

export interface FeedView {
	id: number;
	name: string;
	url: string;
	keywords: string[];
	intervalMinutes: number;
	lastPolledAt: Date | null;
	nextPollAt: Date;
	lastError: string | null;
	errorCount: number;
	itemsFound: number;
	itemsImported: number;
}

export async function listFeeds(db: Db): Promise<FeedView[]> {
	const imported = db
		.select({ feedId: feedItems.feedId, n: sql<number>`count(*)::int`.as('n') })
		.from(feedItems)
		.innerJoin(importJobFiles, eq(importJobFiles.id, feedItems.jobFileId))
		.where(eq(importJobFiles.outcome, 'added'))
		.groupBy(feedItems.feedId)
		.as('imported');
	const rows = await db
		.select({
			id: feeds.id,
			name: feeds.name,
			url: feeds.url,
			keywords: feeds.keywords,
			intervalMinutes: feeds.intervalMinutes,
			lastPolledAt: feeds.lastPolledAt,
			nextPollAt: feeds.nextPollAt,
			lastError: feeds.lastError,
			errorCount: feeds.errorCount,
			itemsFound: feeds.itemsFound,
			itemsImported: sql<number>`coalesce(${imported.n}, 0)`
		})
		.from(feeds)
		.leftJoin(imported, eq(imported.feedId, feeds.id))
		.orderBy(asc(feeds.id));
	return rows.map((r) => ({ ...r, itemsImported: Number(r.itemsImported) }));
}

/** The feeds' recent items, newest first, with their import outcome (admin page). */
export async function recentFeedItems(db: Db, limit = 30) {
	return db
		.select({
			feed: feeds.name,
			link: feedItems.link,
			title: feedItems.title,
			foundAt: feedItems.createdAt,
			outcome: importJobFiles.outcome,
			message: importJobFiles.message,
			articleId: importJobFiles.articleId,
			jobId: importJobFiles.jobId
		})
		.from(feedItems)
		.innerJoin(feeds, eq(feeds.id, feedItems.feedId))
		.leftJoin(importJobFiles, eq(importJobFiles.id, feedItems.jobFileId))
		.orderBy(desc(feedItems.id))
		.limit(limit);
}
