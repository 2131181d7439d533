/**
 * An item cited more than 50 times shows its quotes 50 to a page, with links to the others
 * (#18: an item with 6,000 quotes rendered a 6 MB page). What a reader sees on the running
 * server: the first 50, a "next" link that works, and every quote on exactly one page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { articles, commitments, mentions } from '../../src/lib/server/db/schema';
import { runMigrations } from '../../src/lib/server/db/migrate';
import { generateDataset } from '../../scripts/bench/dataset';
import { createBackend, type Backend } from '../../scripts/bench/backend';
import { startBuiltServer, type RunningServer } from '../helpers/server';

const EXTRA_QUOTES = 120;
let backend: Backend;
let server: RunningServer;
let itemId: number;
let total: number;

beforeAll(async () => {
	backend = await createBackend(
		process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
		process.env.TEST_DATABASE_URL ?? ''
	);
	const database = backend.open();
	await database.ready;
	await runMigrations(database);
	const { db } = database;
	await generateDataset(db, {
		articles: EXTRA_QUOTES,
		commitments: 10,
		mentions: 20,
		entities: 3,
		tradeYears: 5
	});
	const [item] = await db.select({ id: commitments.id }).from(commitments).limit(1);
	itemId = item!.id;
	const every = await db.select().from(articles).orderBy(articles.id);
	await db.insert(mentions).values(
		every.map((a, i) => ({
			commitmentId: itemId,
			articleId: a.id,
			quote: `Quote number ${i + 1} of the test`,
			start: 0,
			end: 20,
			novelty: 'reaffirmed' as const,
			confidence: 0.8
		}))
	);
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(mentions)
		.where(eq(mentions.commitmentId, itemId));
	total = row!.n;
	await database.close();
	server = await startBuiltServer(backend.env);
}, 300_000);

afterAll(async () => {
	await server?.stop();
	await backend?.drop();
});

/** The quotes a page shows, by mention id, from their "read it in the article" links. */
function quotesOn(html: string): string[] {
	return [
		...html.matchAll(/href="\/articles\/\d+#mention-(\d+)"[^>]*>\s*Read it in the article/g)
	].map((m) => m[1]!);
}

function nextLink(html: string): string | null {
	const m = /<a href="([^"]+)"[^>]*rel="next"|<a rel="next"[^>]*href="([^"]+)"/.exec(html);
	return m ? (m[1] ?? m[2]!).replaceAll('&amp;', '&') : null;
}

async function page(pathname: string): Promise<string> {
	const res = await fetch(server.url + pathname, { headers: { cookie: 'PARAGLIDE_LOCALE=en' } });
	expect(res.status, pathname).toBe(200);
	return res.text();
}

describe('an item with more than 50 quotes, on the running server', () => {
	it('shows 50 quotes and a link to the next ones, and the links reach every quote once', async () => {
		expect(total).toBeGreaterThanOrEqual(EXTRA_QUOTES);
		let html = await page(`/commitments/${itemId}`);
		expect(quotesOn(html)).toHaveLength(50);
		expect(html).toContain(`Quotes 1–50 of ${total}`);
		const seen: string[] = [];
		const visited: string[] = [];
		for (;;) {
			const shown = quotesOn(html);
			expect(shown.length).toBeGreaterThan(0);
			expect(shown.length).toBeLessThanOrEqual(50);
			seen.push(...shown);
			const next = nextLink(html);
			if (!next) break;
			expect(next).toMatch(new RegExp(`^/commitments/${itemId}\\?quotes_page=\\d+#timeline$`));
			visited.push(next);
			html = await page(next.replace(/#.*/, ''));
		}
		expect(visited).toHaveLength(Math.ceil(total / 50) - 1);
		expect(seen).toHaveLength(total);
		expect(new Set(seen).size).toBe(total);
	}, 60_000);
});
