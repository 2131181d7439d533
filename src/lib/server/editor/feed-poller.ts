/**
 * Each app instance polls the due feeds every POLL_EVERY_MS; which instance polls which feed is
 * settled in the database (ingest/feeds.ts), so any number of instances may run this. New items
 * become import jobs, and this instance's import worker is woken to fetch them.
 */
import { z } from 'zod';
import type { Db } from '../db/client';
import { isDatabaseUnavailable } from '../http';
import { pollDueFeeds } from '../ingest/feeds';
import { wakeImportWorker } from './import-worker';

/** How often this instance looks for due feeds (FEED_POLL_SECONDS, 60 by default; tests shorten it). */
const POLL_EVERY_MS =
	z.coerce
		.number()
		.int()
		.min(1)
		.max(3600)
		.catch(60)
		.parse(process.env.FEED_POLL_SECONDS ?? 60) * 1000;

let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<void> | null = null;

export function pollFeedsNow(db: Db): Promise<void> {
	running ??= pollDueFeeds(db)
		.then((results) => {
			if (results.some((r) => r.queued > 0)) wakeImportWorker(db);
		})
		.catch((e: unknown) => {
			// A poll never takes the server down; an unreachable database is simply tried next round.
			if (!isDatabaseUnavailable(e)) console.error('feed poller:', e);
		})
		.finally(() => {
			running = null;
		});
	return running;
}

export function startFeedPoller(db: Db): void {
	void pollFeedsNow(db);
	timer ??= setInterval(() => void pollFeedsNow(db), POLL_EVERY_MS);
	timer.unref();
}

export async function stopFeedPoller(): Promise<void> {
	if (timer) clearInterval(timer);
	timer = null;
	await running;
}
