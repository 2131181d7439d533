/**
 * The commitment_stats cache (kept by triggers) answers exactly like the live aggregation,
 * also after editor-style writes, and the list/search queries never scan the mentions table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { Db } from '../../src/lib/server/db/client';
import * as schema from '../../src/lib/server/db/schema';
import { articles, commitments, mentions, statusEvents } from '../../src/lib/server/db/schema';
import { STATUSES, isFinal } from '../../src/lib/server/track/status';
import { summarize } from '../../src/lib/server/queries/summaries';
import { statsCacheCovers } from '../../src/lib/server/queries/stats';
import {
	getCommitment,
	getOverview,
	getTradeSeries,
	listCommitments,
	listEntities
} from '../../src/lib/server/queries';
import { today } from '../../src/lib/as-of';
import { KINDS } from '../../src/lib/vocabulary';
import { refreshSearchDocuments } from '../../src/lib/server/track/search';
import { generateDataset } from '../../scripts/bench/dataset';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

const SIZE = { articles: 300, commitments: 1_500, mentions: 7_500, entities: 30, tradeYears: 30 };
const FUTURE = '2100-01-01';

describe(`commitment_stats cache (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
		await generateDataset(t.db, SIZE);
	}, 300_000);
	afterAll(async () => t?.destroy());

	async function expectCacheEqualsLive(): Promise<void> {
		const cached = await summarize(t.db, {
			asOf: FUTURE,
			cached: true,
			sort: 'first_mentioned',
			order: 'asc'
		});
		const live = await summarize(t.db, {
			asOf: FUTURE,
			cached: false,
			sort: 'first_mentioned',
			order: 'asc'
		});
		expect(cached.total).toBe(live.total);
		expect(cached.items).toEqual(live.items);
	}

	it('equals the live aggregation on the generated dataset', async () => {
		expect(await statsCacheCovers(t.db, today())).toBe(true);
		await expectCacheEqualsLive();
	});

	it('stays equal after moving, deleting and adding mentions, re-dating articles, marking reprints and new status events', async () => {
		const [a, b] = await t.db
			.select({ id: articles.id })
			.from(articles)
			.orderBy(articles.id)
			.limit(2);
		await t.db.transaction(async (tx) => {
			// merge-like move of every mention of item 2 into item 3, a split-like move back of one
			const moved = await tx
				.update(mentions)
				.set({ commitmentId: 3 })
				.where(eq(mentions.commitmentId, 2))
				.returning({ id: mentions.id });
			if (moved[0])
				await tx.update(mentions).set({ commitmentId: 4 }).where(eq(mentions.id, moved[0].id));
			await tx.update(articles).set({ copyOfId: a!.id }).where(eq(articles.id, b!.id));
			await tx.update(articles).set({ publishedOn: '2001-02-03' }).where(eq(articles.id, a!.id));
			await tx.delete(mentions).where(eq(mentions.commitmentId, 5));
			await tx.insert(statusEvents).values({
				commitmentId: 3,
				fromStatus: 'announced',
				toStatus: 'stalled',
				reason: 'test',
				effectiveOn: '2020-01-01'
			});
		});
		await expectCacheEqualsLive();
		await t.db.delete(articles).where(eq(articles.id, a!.id));
		await expectCacheEqualsLive();
	});

	/** The overview's lists as cutting them from every item gives them (the definition the page shows). */
	async function overviewFromAllItems(asOf: string) {
		const { items } = await summarize(t.db, { asOf });
		const open = items.filter((i) => !isFinal(i.status) && i.deadline !== null);
		const byStatus = STATUSES.map((status) => ({
			status,
			count: items.filter((i) => i.status === status).length
		}));
		const byKind = Object.fromEntries(
			KINDS.map((kind) => [kind, items.filter((i) => i.kind === kind).length])
		);
		return {
			byStatus,
			byKind,
			upcomingDeadlines: open
				.filter((i) => i.deadline! >= asOf)
				.sort((a, b) => a.deadline!.localeCompare(b.deadline!))
				.slice(0, 10),
			passedDeadlines: items
				.filter((i) => i.overdue)
				.sort((a, b) => b.deadline!.localeCompare(a.deadline!))
				.slice(0, 10),
			quiet: items.filter((i) => i.quiet).slice(0, 10)
		};
	}

	it.each([
		['today, from the cache', today()],
		['a past date, live', '2012-06-30']
	])(
		'the overview shows the same counts and short lists as cutting them from every item (%s)',
		async (_, asOf) => {
			const expected = await overviewFromAllItems(asOf);
			const overview = await getOverview(t.db, asOf);
			expect(
				expected.upcomingDeadlines.length + expected.passedDeadlines.length + expected.quiet.length
			).toBeGreaterThan(0);
			expect({
				byStatus: overview.byStatus,
				byKind: overview.byKind,
				upcomingDeadlines: overview.upcomingDeadlines,
				passedDeadlines: overview.passedDeadlines,
				quiet: overview.quiet
			}).toEqual(expected);
			for (const { commitment } of overview.recentlyChanged)
				expect(commitment).toEqual(
					(await summarize(t.db, { asOf, where: [eq(commitments.id, commitment.id)] })).items[0]
				);
		}
	);

	it('a past date is answered live and still agrees with the visible evidence', async () => {
		expect(await statsCacheCovers(t.db, '2000-01-01')).toBe(false);
		const page = await listCommitments(t.db, { asOf: '2000-01-01', pageSize: 5 });
		for (const item of page.items) expect(item.lastMentioned! <= '2000-01-01').toBe(true);
	});

	it('list, search, overview, entity, item and trade queries for today never scan the mentions table', async () => {
		const captured: { query: string; params: unknown[] }[] = [];
		const logger = {
			logQuery: (query: string, params: unknown[]) => void captured.push({ query, params })
		};
		let explain: (q: string, p: unknown[]) => Promise<string[]>;
		let close: () => Promise<void>;
		let db: Db;
		if (t.url) {
			const client = postgres(t.url, { max: 1, onnotice: () => {} });
			db = drizzlePostgres(client, { schema, logger }) as unknown as Db;
			explain = async (q, p) =>
				(await client.unsafe(`explain ${q}`, p as never[])).map((r) => String(Object.values(r)[0]));
			close = () => client.end();
		} else {
			// PGlite in memory cannot be shared: rebuild a small copy here.
			const client = new PGlite();
			db = drizzlePglite(client, { schema, logger }) as unknown as Db;
			const { runMigrations } = await import('../../src/lib/server/db/migrate');
			await runMigrations({ db, backend: 'pglite', close: async () => {} });
			await generateDataset(db, SIZE);
			explain = async (q, p) =>
				(await client.query<Record<string, string>>(`explain ${q}`, p as never[])).rows.map((r) =>
					String(Object.values(r)[0])
				);
			close = () => client.close();
		}
		try {
			// Rebuilding stale search documents is catch-up work after writes (npm start does it too),
			// not a page's read: bring them up to date first, so the plans below are the steady state.
			await refreshSearchDocuments(db);
			await db.execute(sql`analyze`);
			captured.length = 0;
			await listCommitments(db, { asOf: today() });
			await listCommitments(db, { asOf: today(), q: 'vung ang', sector: 'infrastructure' });
			await listCommitments(db, { asOf: today(), sort: 'sources', status: 'announced' });
			await getOverview(db, today());
			await listEntities(db, today());
			await getCommitment(db, 3, today());
			await getTradeSeries(db, today());
			expect(captured.length).toBeGreaterThan(5);
			for (const { query, params } of captured) {
				if (!/^\s*(with|select)/i.test(query)) continue;
				const plan = (await explain(query, params)).join('\n');
				expect(plan, query).not.toMatch(/Seq Scan on mentions/);
			}
		} finally {
			await close();
		}
	}, 300_000);
});
