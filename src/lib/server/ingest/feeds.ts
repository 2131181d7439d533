/**
 * Feed subscriptions: an admin follows a news site's RSS or Atom feed; every app instance polls
 * the feeds that are due, and each new item that passes the feed's keyword filter becomes a link
 * in an import job, imported like any link (web.ts) with its progress on the import page.
 *
 * Two instances on one PostgreSQL share the work through the database, never through memory:
 * - a poller claims one due feed with `FOR UPDATE SKIP LOCKED` and, in that transaction, moves
 *   its `next_poll_at` past a lease, so no other poller takes it while it is being fetched (the
 *   fetch itself runs outside any transaction); a poller that dies lets the lease run out;
 * - an item is recorded under the unique key (feed, link), and only the poller whose insert
 *   made the row queues it for import, so an item listed in every poll is imported once.
 *
 * Polls use conditional GET (ETag, Last-Modified), and a feed that fails waits longer after
 * each failure in a row (doubling from its interval, at most a day). What the admin page reads
 * of the feeds is in queries/feeds.ts.
 */
import { asc, eq, lte, sql } from 'drizzle-orm';
import { DOMParser } from 'linkedom';
import { z } from 'zod';
import type { Db } from '../db/client';
import { feedItems, feeds, importJobFiles, importJobs } from '../db/schema';
import { writeAudit } from '../editor/audit';
import { fetchPage, parseHttpUrl, type FetchOptions } from './fetch';
import { charsetFromContentType, decodeHtml } from './html';

export const DEFAULT_KEYWORDS = ['Lào', 'Laos'];
/** How long a poller may take to fetch a feed before another may poll it. */
const POLL_LEASE_SECONDS = 120;
const MAX_BACKOFF_MINUTES = 24 * 60;
/** Items taken from one poll: a feed that suddenly lists thousands is a broken feed. */
const MAX_ITEMS_PER_POLL = 100;

// ---------------------------------------------------------------- reading a feed

export interface FeedEntry {
	link: string;
	title: string;
	summary: string;
}

const xmlTypes = (t: string) =>
	/^(application|text)\/((rss|atom)\+)?xml$/.test(t) || t === 'application/rdf+xml';

/** `<?xml version="1.0" encoding="windows-1258"?>` */
function xmlDeclaredCharset(bytes: Uint8Array): string | null {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
	return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** The items of an RSS 2.0, RSS 1.0 or Atom document, links resolved against the feed's address. */
export function parseFeed(
	bytes: Uint8Array,
	contentType: string | null,
	feedUrl: string
): { ok: true; entries: FeedEntry[] } | { ok: false; reason: string } {
	const charset = charsetFromContentType(contentType) ?? xmlDeclaredCharset(bytes);
	const decoded = decodeHtml(bytes, charset ? `text/xml; charset=${charset}` : null);
	if (!decoded.ok) return { ok: false, reason: decoded.reason.replace('the page', 'the feed') };
	const xml = decoded.html.replace(/^\uFEFF/, '');
	let document: Document;
	try {
		document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
	} catch {
		return { ok: false, reason: 'not a feed: the document is not XML' };
	}
	const root = document.documentElement?.tagName?.toLowerCase().replace(/^.*:/, '');
	if (root !== 'rss' && root !== 'feed' && root !== 'rdf')
		return {
			ok: false,
			reason: `not a feed: an RSS or Atom document was expected${root ? `, not <${root}>` : ''}`
		};
	const text = (el: Element | null | undefined) =>
		(el?.textContent ?? '')
			.replace(/<[^>]*>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.normalize('NFC');
	const entries: FeedEntry[] = [];
	for (const item of Array.from(document.querySelectorAll(root === 'feed' ? 'entry' : 'item'))) {
		let href: string | null;
		if (root === 'feed') {
			const links = Array.from(item.querySelectorAll('link'));
			const alternate =
				links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
			href = alternate?.getAttribute('href') ?? null;
		} else {
			const guid = item.querySelector('guid');
			href =
				text(item.querySelector('link')) ||
				(guid && guid.getAttribute('isPermaLink') !== 'false' ? text(guid) : null);
		}
		let link: string | null;
		try {
			const parsed = href ? parseHttpUrl(new URL(href.trim(), feedUrl).toString()) : null;
			link = parsed?.ok ? parsed.url.toString() : null;
		} catch {
			link = null;
		}
		if (!link) continue;
		entries.push({
			link,
			title: text(item.querySelector('title')),
			summary: text(item.querySelector(root === 'feed' ? 'summary, content' : 'description'))
		});
	}
	return { ok: true, entries };
}

/** Whether an item names one of the keywords as a word (so "Lào" does not match inside another word); no keywords keeps all. */
export function matchesKeywords(entry: FeedEntry, keywords: string[]): boolean {
	if (keywords.length === 0) return true;
	const hay = `${entry.title}\n${entry.summary}`.normalize('NFC').toLocaleLowerCase('vi');
	return keywords.some((k) => {
		const needle = k
			.normalize('NFC')
			.toLocaleLowerCase('vi')
			.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, 'u').test(hay);
	});
}

// ---------------------------------------------------------------- admin

export const FeedInput = z.object({
	name: z.string().trim().min(1, 'give the feed a name').max(120),
	url: z
		.string()
		.trim()
		.max(2048)
		.refine((u) => parseHttpUrl(u).ok, 'the feed address must be an http(s) link'),
	keywords: z
		.string()
		.max(1000)
		.optional()
		.transform((s) =>
			s === undefined
				? DEFAULT_KEYWORDS
				: s
						.split(/[,\n]/)
						.map((k) => k.trim())
						.filter(Boolean)
						.slice(0, 30)
		),
	intervalMinutes: z.coerce
		.number()
		.int()
		.min(5, 'poll at most every 5 minutes')
		.max(10080, 'poll at least once a week')
		.default(60)
});
export type FeedInput = z.output<typeof FeedInput>;

/** Adds a feed (due at once); a feed already followed is refused by its address. */
export async function addFeed(
	db: Db,
	userId: number | null,
	input: FeedInput
): Promise<{ ok: true; id: number } | { ok: false; reason: string }> {
	const url = parseHttpUrl(input.url);
	if (!url.ok) return { ok: false, reason: url.reason };
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(feeds)
			.values({
				name: input.name,
				url: url.url.toString(),
				keywords: input.keywords,
				intervalMinutes: input.intervalMinutes,
				createdBy: userId
			})
			.onConflictDoNothing({ target: feeds.url })
			.returning({ id: feeds.id });
		if (!row) return { ok: false, reason: 'this feed is already followed' } as const;
		await writeAudit(tx, {
			userId,
			action: 'feed.add',
			entityType: 'feed',
			entityId: row.id,
			before: null,
			after: {
				name: input.name,
				url: url.url.toString(),
				keywords: input.keywords,
				intervalMinutes: input.intervalMinutes
			}
		});
		return { ok: true, id: row.id } as const;
	});
}

export async function removeFeed(db: Db, userId: number | null, id: number): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [gone] = await tx
			.delete(feeds)
			.where(eq(feeds.id, id))
			.returning({ name: feeds.name, url: feeds.url });
		if (gone)
			await writeAudit(tx, {
				userId,
				action: 'feed.remove',
				entityType: 'feed',
				entityId: id,
				before: gone,
				after: null
			});
		return !!gone;
	});
}

/** Makes a feed due now (the admin page's "poll now"); the next poller sweep takes it. */
export async function pollSoon(db: Db, id: number): Promise<void> {
	await db
		.update(feeds)
		.set({ nextPollAt: sql`now()` })
		.where(eq(feeds.id, id));
}

// ---------------------------------------------------------------- polling

export interface PollResult {
	feedId: number;
	/** New items queued for import by this poll. */
	queued: number;
	jobId: number | null;
	error: string | null;
	notModified: boolean;
}

/** Polls the most overdue feed nobody else is polling; null when none is due. */
export async function pollNextFeed(db: Db, options: FetchOptions = {}): Promise<PollResult | null> {
	const feed = await db.transaction(async (tx) => {
		const [due] = await tx
			.select()
			.from(feeds)
			.where(lte(feeds.nextPollAt, sql`now()`))
			.orderBy(asc(feeds.nextPollAt), asc(feeds.id))
			.limit(1)
			.for('update', { skipLocked: true });
		if (!due) return null;
		await tx
			.update(feeds)
			.set({ nextPollAt: sql`now() + make_interval(secs => ${POLL_LEASE_SECONDS})` })
			.where(eq(feeds.id, due.id));
		return due;
	});
	if (!feed) return null;

	const headers: Record<string, string> = {};
	if (feed.etag) headers['if-none-match'] = feed.etag;
	if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
	const answer = await fetchPage(feed.url, {
		...options,
		headers,
		accept: xmlTypes,
		acceptHeader: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9'
	});
	if (!answer.ok) return failed(db, feed, answer.reason);
	if (answer.notModified) {
		await db
			.update(feeds)
			.set({
				lastPolledAt: sql`now()`,
				lastError: null,
				errorCount: 0,
				nextPollAt: sql`now() + make_interval(mins => ${feed.intervalMinutes})`
			})
			.where(eq(feeds.id, feed.id));
		return { feedId: feed.id, queued: 0, jobId: null, error: null, notModified: true };
	}
	const parsed = parseFeed(answer.bytes, answer.contentType, answer.url);
	if (!parsed.ok) return failed(db, feed, parsed.reason);
	const wanted = parsed.entries
		.filter((e) => matchesKeywords(e, feed.keywords))
		.slice(0, MAX_ITEMS_PER_POLL);
	const etag = headerValue(answer.headers?.etag);
	const lastModified = headerValue(answer.headers?.['last-modified']);

	return db.transaction(async (tx) => {
		// Only the items this insert created are new: an item another poller recorded stays theirs.
		const fresh = wanted.length
			? await tx
					.insert(feedItems)
					.values(
						wanted.map((e) => ({ feedId: feed.id, link: e.link, title: e.title.slice(0, 500) }))
					)
					.onConflictDoNothing({ target: [feedItems.feedId, feedItems.link] })
					.returning({ id: feedItems.id, link: feedItems.link })
			: [];
		let jobId: number | null = null;
		if (fresh.length > 0) {
			const [job] = await tx
				.insert(importJobs)
				.values({ userId: feed.createdBy, total: fresh.length })
				.returning({ id: importJobs.id });
			jobId = job!.id;
			const files = await tx
				.insert(importJobFiles)
				.values(fresh.map((f) => ({ jobId: job!.id, fileName: f.link, url: f.link })))
				.returning({ id: importJobFiles.id, url: importJobFiles.url });
			for (const f of fresh) {
				const file = files.find((x) => x.url === f.link)!;
				await tx.update(feedItems).set({ jobFileId: file.id }).where(eq(feedItems.id, f.id));
			}
			await writeAudit(tx, {
				userId: null,
				action: 'import.start',
				entityType: 'import_job',
				entityId: job!.id,
				before: null,
				after: { feed: feed.name, links: fresh.map((f) => f.link) }
			});
		}
		await tx
			.update(feeds)
			.set({
				etag,
				lastModified,
				lastPolledAt: sql`now()`,
				lastError: null,
				errorCount: 0,
				itemsFound: sql`${feeds.itemsFound} + ${fresh.length}`,
				nextPollAt: sql`now() + make_interval(mins => ${feed.intervalMinutes})`
			})
			.where(eq(feeds.id, feed.id));
		return { feedId: feed.id, queued: fresh.length, jobId, error: null, notModified: false };
	});
}

function headerValue(v: string | string[] | undefined): string | null {
	const s = Array.isArray(v) ? v[0] : v;
	return s && s.length <= 500 ? s : null;
}

/** Records a failed poll and backs off: the interval doubled for each failure in a row, at most a day. */
async function failed(
	db: Db,
	feed: typeof feeds.$inferSelect,
	reason: string
): Promise<PollResult> {
	const errors = feed.errorCount + 1;
	const waitMinutes = Math.min(
		feed.intervalMinutes * 2 ** Math.min(errors, 16),
		MAX_BACKOFF_MINUTES
	);
	await db
		.update(feeds)
		.set({
			lastPolledAt: sql`now()`,
			lastError: reason,
			errorCount: errors,
			nextPollAt: sql`now() + make_interval(mins => ${waitMinutes})`
		})
		.where(eq(feeds.id, feed.id));
	return { feedId: feed.id, queued: 0, jobId: null, error: reason, notModified: false };
}

/** Polls every due feed this instance can claim; returns what each poll did. */
export async function pollDueFeeds(db: Db, options: FetchOptions = {}): Promise<PollResult[]> {
	const results: PollResult[] = [];
	for (let r = await pollNextFeed(db, options); r; r = await pollNextFeed(db, options))
		results.push(r);
	return results;
}
