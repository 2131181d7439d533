import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { listArticles } from '../../src/lib/server/queries/articles';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

const SEEDS = path.resolve('seeds');
const seedFiles = readdirSync(SEEDS).sort();
const bytesOf = (name: string) => readFileSync(path.join(SEEDS, name));

describe(`ingestion into the database (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('adds every seed once, with dates, titles and language', async () => {
		const outcomes = [];
		for (const name of seedFiles)
			outcomes.push((await importArticle(t.db, name, bytesOf(name))).outcome);
		expect(outcomes).toEqual(['added', 'added', 'added', 'added', 'added']);
		const listed = await listArticles(t.db);
		expect(listed.map((a) => a.publishedOn)).toEqual([
			'2026-01-26',
			'2026-01-23',
			'2025-12-03',
			'2025-01-10',
			null
		]);
		expect(listed.find((a) => a.publishedOn === null)).toMatchObject({
			needsReview: true,
			dateSource: 'none'
		});
		expect(listed.every((a) => a.language === 'vi' && a.title.length > 10)).toBe(true);
	});

	it('treats a second import of the same text as a no-op', async () => {
		const again = await importArticle(t.db, 'renamed-copy.txt', bytesOf(seedFiles[0]!));
		expect(again).toMatchObject({ outcome: 'duplicate' });
		const [{ n }] = (await t.db.select({ n: count() }).from(articles)) as [{ n: number }];
		expect(Number(n)).toBe(5);
	});

	it('stores raw text whose blocks rebuild the clean text exactly', async () => {
		const [row] = await t.db.select().from(articles).where(eq(articles.source, seedFiles[1]!));
		expect(row!.cleanText).toBe(
			row!.blocks.map((b) => row!.rawText.slice(b.start, b.end)).join('\n\n')
		);
		expect(row!.rawText).toBe(bytesOf(seedFiles[1]!).toString('utf8'));
	});

	it('refuses bad files with a reason and writes nothing for them', async () => {
		const bad = [
			['empty.txt', new Uint8Array()],
			['latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])],
			['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
			['huge.txt', Buffer.alloc(50 * 1024 * 1024, 0x61)]
		] as const;
		for (const [name, bytes] of bad) {
			const result = await importArticle(t.db, name, bytes);
			expect(result.outcome, name).toBe('error');
		}
		const [{ n }] = (await t.db.select({ n: count() }).from(articles)) as [{ n: number }];
		expect(Number(n)).toBe(5);
	});

	it('adds an article once when ten imports of it race', async () => {
		const text = Buffer.from(
			'Hai bộ trưởng nhất trí nâng kim ngạch thương mại lên 3 tỷ USD trong năm 2027, theo thông cáo chung ký hôm nay.\n'
		);
		const results = await Promise.all(
			Array.from({ length: 10 }, (_, i) => importArticle(t.db, `race-${i}.txt`, text))
		);
		expect(results.filter((r) => r.outcome === 'added')).toHaveLength(1);
		expect(results.filter((r) => r.outcome === 'duplicate')).toHaveLength(9);
	});
});
