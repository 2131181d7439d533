/**
 * An item cited many times lists its quotes 50 to a page (queries/index.ts). What a reader paging
 * through it must be able to rely on: every quote shows exactly once, oldest first with undated
 * ones last; every status change shows exactly once, among the quotes of its time, with the quote
 * it rests on even when that quote is on another page; a page number past the end shows the last page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { articles, mentions, statusEvents } from '../../src/lib/server/db/schema';
import { getCommitment, QUOTES_PER_PAGE } from '../../src/lib/server/queries';
import { buildTimeline, eventsOnPage } from '../../src/lib/timeline';
import { generateDataset } from '../../scripts/bench/dataset';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

const AS_OF = '2100-01-01';

describe(`an item's quotes, page by page (${backendName})`, () => {
	let t: TestDatabase;
	let itemId: number;
	beforeAll(async () => {
		t = await createTestDatabase();
		await generateDataset(t.db, {
			articles: 150,
			commitments: 30,
			mentions: 200,
			entities: 5,
			tradeYears: 30
		});
		// The dataset's most cited item, given 110 more quotes from every article, and two undated articles.
		const [top] = await t.db
			.select({ id: mentions.commitmentId, n: sql<number>`count(*)::int` })
			.from(mentions)
			.groupBy(mentions.commitmentId)
			.orderBy(sql`count(*) desc`)
			.limit(1);
		itemId = top!.id;
		const some = await t.db.select().from(articles).orderBy(articles.id).limit(110);
		await t.db
			.update(articles)
			.set({ publishedOn: null })
			.where(sql`${articles.id} in (${some[0]!.id}, ${some[1]!.id})`);
		await t.db.insert(mentions).values(
			some.map((a) => ({
				commitmentId: itemId,
				articleId: a.id,
				quote: a.rawText.slice(0, 40),
				start: 0,
				end: 40,
				novelty: 'reaffirmed',
				confidence: 0.8
			}))
		);
	}, 300_000);
	afterAll(async () => t?.destroy());

	async function allPages() {
		const first = (await getCommitment(t.db, itemId, AS_OF, 1))!;
		const pages = [first];
		for (let p = 2; p <= first.quotes.pages; p++)
			pages.push((await getCommitment(t.db, itemId, AS_OF, p))!);
		return pages;
	}

	it('shows every quote once, 50 to a page, oldest first and undated last', async () => {
		const pages = await allPages();
		const [{ n }] = (await t.db
			.select({ n: sql<number>`count(*)::int` })
			.from(mentions)
			.where(eq(mentions.commitmentId, itemId))) as [{ n: number }];
		expect(n).toBeGreaterThan(2 * QUOTES_PER_PAGE);
		expect(pages[0]!.quotes.total).toBe(n);
		expect(pages.length).toBe(Math.ceil(n / QUOTES_PER_PAGE));
		for (const p of pages.slice(0, -1)) expect(p.mentions).toHaveLength(QUOTES_PER_PAGE);
		const ids = pages.flatMap((p) => p.mentions.map((m) => m.id));
		expect(new Set(ids).size).toBe(n);
		const dates = pages.flatMap((p) => p.mentions.map((m) => m.article.publishedOn));
		const firstUndated = dates.indexOf(null);
		expect(firstUndated).toBeGreaterThan(0);
		expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
		const dated = dates.slice(0, firstUndated) as string[];
		expect(dated).toEqual([...dated].sort());
	});

	it('shows each status change once, in its time, with its evidence quote from any page', async () => {
		const before = await allPages();
		const lastQuote =
			before.at(-1)!.mentions.find((m) => m.article.publishedOn !== null) ??
			before.at(-2)!.mentions.at(-1)!;
		const middle = before[1]!.mentions[10]!.article.publishedOn!;
		await t.db.insert(statusEvents).values([
			{
				commitmentId: itemId,
				fromStatus: 'announced',
				toStatus: 'in_progress',
				reason: 'test',
				effectiveOn: middle,
				evidenceMentionId: lastQuote.id
			},
			{
				commitmentId: itemId,
				fromStatus: 'in_progress',
				toStatus: 'stalled',
				reason: 'test',
				effectiveOn: '2099-06-01'
			}
		]);
		const pages = await allPages();
		const all = pages[0]!.statusEvents;
		const shown = pages.flatMap((p) =>
			buildTimeline(
				p.mentions,
				eventsOnPage(p.statusEvents, p.mentions, p.quotes),
				p.evidence
			).filter((e) => e.kind === 'status')
		);
		expect(shown.map((e) => e.key).sort()).toEqual(all.map((e) => `s${e.id}`).sort());
		const resting = shown.find(
			(e) => e.kind === 'status' && e.event.evidenceMentionId === lastQuote.id
		);
		expect(resting?.kind === 'status' && resting.evidence?.quote).toBe(lastQuote.quote);
		// The change dated among page 2's quotes is shown on page 2.
		const onPage2 = buildTimeline(
			pages[1]!.mentions,
			eventsOnPage(pages[1]!.statusEvents, pages[1]!.mentions, pages[1]!.quotes),
			pages[1]!.evidence
		);
		expect(
			onPage2.some((e) => e.kind === 'status' && e.event.evidenceMentionId === lastQuote.id)
		).toBe(true);
	});

	it('shows the last page for a page number past the end', async () => {
		const first = (await getCommitment(t.db, itemId, AS_OF, 1))!;
		const beyond = (await getCommitment(t.db, itemId, AS_OF, 999))!;
		expect(beyond.quotes.page).toBe(first.quotes.pages);
		expect(beyond.mentions.length).toBeGreaterThan(0);
	});
});
