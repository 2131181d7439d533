/**
 * Feed subscriptions against the test's own news site: RSS and Atom read, the keyword filter,
 * conditional GET, backoff on errors, and two app instances polling the same feeds importing
 * every item exactly once.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import { articles, feedItems, feeds, importJobFiles } from '../../src/lib/server/db/schema';
import { runImports } from '../../src/lib/server/editor/import-worker';
import { listFeeds } from '../../src/lib/server/queries/feeds';
import {
	addFeed,
	DEFAULT_KEYWORDS,
	FeedInput,
	matchesKeywords,
	parseFeed,
	pollDueFeeds,
	pollNextFeed
} from '../../src/lib/server/ingest/feeds';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { atomFeed, rssFeed, startNewsServer, type NewsServer } from '../helpers/news-server';
import { makeEditor } from './editor-fixtures';

const enc = (s: string) => new TextEncoder().encode(s);

describe('reading feeds', () => {
	it('reads RSS and Atom items, resolving relative links and taking Atom’s alternate link', () => {
		const rss = parseFeed(
			enc(rssFeed('http://tin.example')),
			'application/rss+xml',
			'http://tin.example/rss.xml'
		);
		expect(rss).toMatchObject({ ok: true });
		const items = (rss as { entries: { link: string; title: string; summary: string }[] }).entries;
		expect(items.map((e) => e.link)).toEqual([
			'http://tin.example/dong-hanh.html',
			'http://tin.example/gia-rau.html',
			'http://tin.example/khong-the.html'
		]);
		expect(items[0]!.title).toBe(
			'Việt Nam - Lào thống nhất hoàn thành tuyến cao tốc trước năm 2028'
		);
		expect(items[0]!.summary).toBe('Hai bộ trưởng ký biên bản ghi nhớ.');
		const atom = parseFeed(enc(atomFeed('http://lx.example')), null, 'http://lx.example/atom.xml');
		expect((atom as { entries: { link: string }[] }).entries.map((e) => e.link)).toEqual([
			'http://lx.example/lan-xang/story',
			'http://lx.example/port.html'
		]);
		expect(parseFeed(enc('<html><body>no</body></html>'), 'text/html', 'http://x/')).toEqual({
			ok: false,
			reason: 'not a feed: an RSS or Atom document was expected, not <html>'
		});
	});

	it('keeps by default the items that name Lào or Laos, in the title or the summary, as a word', () => {
		const item = (title: string, summary = '') => ({ link: 'http://x/', title, summary });
		expect(FeedInput.parse({ name: 'x', url: 'http://x/', intervalMinutes: 30 }).keywords).toEqual(
			DEFAULT_KEYWORDS
		);
		expect(matchesKeywords(item('Việt Nam - Lào ký kết'), DEFAULT_KEYWORDS)).toBe(true);
		expect(
			matchesKeywords(
				item('Tăng cường hợp tác', 'học bổng cho lưu học sinh Lào.'),
				DEFAULT_KEYWORDS
			)
		).toBe(true);
		expect(matchesKeywords(item('LAOS AND VIETNAM'), DEFAULT_KEYWORDS)).toBe(true);
		expect(matchesKeywords(item('Giá rau xanh tăng nhẹ'), DEFAULT_KEYWORDS)).toBe(false);
		expect(matchesKeywords(item('Laotian cuisine festival'), DEFAULT_KEYWORDS)).toBe(false);
		expect(matchesKeywords(item('Giá rau xanh'), [])).toBe(true);
	});
});

describe(`feed subscriptions (${backendName})`, () => {
	let site: NewsServer;
	let t: TestDatabase;
	/** A second app instance: its own pool on PostgreSQL; on PGlite (one connection) the same handle. */
	let other: Database | null = null;
	let adminId: number;
	const fetchOptions = { allowPrivate: true };
	let before: string | undefined;

	beforeAll(async () => {
		site = await startNewsServer();
		t = await createTestDatabase();
		if (t.url) other = openDatabase({ url: t.url, max: 2 });
		adminId = (await makeEditor(t.db, 'feeds@example.org')).id;
		// The import worker fetches the items from the test's site on 127.0.0.1.
		before = process.env.ALLOW_PRIVATE_FETCH;
		process.env.ALLOW_PRIVATE_FETCH = '1';
	});
	afterAll(async () => {
		if (before === undefined) delete process.env.ALLOW_PRIVATE_FETCH;
		else process.env.ALLOW_PRIVATE_FETCH = before;
		await other?.close();
		await site?.close();
		await t?.destroy();
	});

	it('two instances polling the same feeds import every wanted item exactly once', async () => {
		expect(
			await addFeed(
				t.db,
				adminId,
				FeedInput.parse({ name: 'Đồng Hành', url: `${site.origin}/rss.xml`, intervalMinutes: 30 })
			)
		).toMatchObject({ ok: true });
		expect(
			await addFeed(
				t.db,
				adminId,
				FeedInput.parse({
					name: 'Lan Xang',
					url: `${site.origin}/atom.xml`,
					keywords: 'Laos',
					intervalMinutes: 30
				})
			)
		).toMatchObject({ ok: true });
		expect(
			await addFeed(
				t.db,
				adminId,
				FeedInput.parse({ name: 'again', url: `${site.origin}/rss.xml`, intervalMinutes: 30 })
			)
		).toEqual({ ok: false, reason: 'this feed is already followed' });

		const polls = (
			await Promise.all([
				pollDueFeeds(t.db, fetchOptions),
				pollDueFeeds(other?.db ?? t.db, fetchOptions)
			])
		).flat();
		// Each feed polled once between the two instances; the vegetable-price and port items filtered out.
		expect(polls.map((p) => p.feedId).sort()).toEqual([1, 2]);
		expect(polls.reduce((n, p) => n + p.queued, 0)).toBe(3);
		expect(site.hits.get('/rss.xml')).toBe(1);
		expect(site.hits.get('/atom.xml')).toBe(1);

		// A poller whose lease ran out polls again while the items are still listed: nothing new.
		await t.db.update(feeds).set({ nextPollAt: sql`now()`, etag: null, lastModified: null });
		expect((await pollDueFeeds(t.db, fetchOptions)).map((p) => p.queued)).toEqual([0, 0]);
		expect((await t.db.select().from(feedItems)).length).toBe(3);

		const imported = await Promise.all([runImports(t.db), runImports(other?.db ?? t.db)]);
		expect(imported[0] + imported[1]).toBe(3);
		const stored = await t.db.select({ url: articles.url, outlet: articles.outlet }).from(articles);
		expect(stored.map((a) => a.url).sort()).toEqual([
			`${site.origin}/business/rail-freight-2030`,
			`${site.origin}/khong-the.html`,
			'https://donghanh.example/thoi-su/viet-lao-cao-toc-2028-a1234.html'
		]);
		expect(site.hits.get('/gia-rau.html')).toBeUndefined();
		expect(site.hits.get('/port.html')).toBeUndefined();

		const view = await listFeeds(t.db);
		expect(
			view.map((f) => [f.name, f.itemsFound, f.itemsImported, f.lastError, f.lastPolledAt !== null])
		).toEqual([
			['Đồng Hành', 2, 2, null, true],
			['Lan Xang', 1, 1, null, true]
		]);
	});

	it('asks only for what changed (ETag, Last-Modified) and imports nothing when the feed has not', async () => {
		await t.db.update(feeds).set({ nextPollAt: sql`now()` });
		const polls = await pollDueFeeds(t.db, fetchOptions);
		expect(polls.map((p) => [p.notModified, p.queued, p.error])).toEqual([
			[true, 0, null],
			[true, 0, null]
		]);
		const [rss] = await t.db.select().from(feeds).where(eq(feeds.name, 'Đồng Hành'));
		expect(rss!.etag).toBe('"rss-v1"');
		// The next poll waits for the feed's interval.
		expect(await pollNextFeed(t.db, fetchOptions)).toBeNull();
	});

	it('records a failing feed’s reason and backs off, doubling the wait, without touching the other feeds', async () => {
		const added = await addFeed(
			t.db,
			adminId,
			FeedInput.parse({ name: 'Hỏng', url: `${site.origin}/khong-co.xml`, intervalMinutes: 10 })
		);
		const id = (added as { id: number }).id;
		const first = await pollDueFeeds(t.db, fetchOptions);
		expect(first).toEqual([
			{
				feedId: id,
				queued: 0,
				jobId: null,
				error: 'the server answered 404 Not Found',
				notModified: false
			}
		]);
		expect(await waitOf(t, id)).toEqual([1, 20]);
		await t.db
			.update(feeds)
			.set({ nextPollAt: sql`now()` })
			.where(eq(feeds.id, id));
		await pollDueFeeds(t.db, fetchOptions);
		expect(await waitOf(t, id)).toEqual([2, 40]);
		const view = (await listFeeds(t.db)).find((f) => f.id === id)!;
		expect(view).toMatchObject({
			lastError: 'the server answered 404 Not Found',
			errorCount: 2,
			itemsFound: 0
		});
		expect(
			(await listFeeds(t.db)).filter((f) => f.id !== id).every((f) => f.lastError === null)
		).toBe(true);
		// Still not due: the backoff holds.
		expect(await pollNextFeed(t.db, fetchOptions)).toBeNull();
		expect(
			await t.db
				.select({ id: importJobFiles.id })
				.from(importJobFiles)
				.where(eq(importJobFiles.outcome, 'pending'))
		).toEqual([]);
	});
});

async function waitOf(t: TestDatabase, id: number): Promise<[number, number]> {
	const [row] = await t.db
		.select({
			errors: feeds.errorCount,
			minutes: sql<string>`extract(epoch from ${feeds.nextPollAt} - ${feeds.lastPolledAt}) / 60`
		})
		.from(feeds)
		.where(eq(feeds.id, id));
	return [row!.errors, Math.round(Number(row!.minutes))];
}
