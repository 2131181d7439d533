import fc from 'fast-check';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, mentions } from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

/** Whatever bytes arrive, an import answers added, duplicate or a reasoned error, and stores whole articles only. */
describe(`import path under arbitrary input (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
	});
	afterAll(async () => {
		await t?.destroy();
	});

	const texts = fc.oneof(
		fc.string({ unit: 'grapheme', maxLength: 400 }),
		fc.string({ unit: 'binary', maxLength: 400 }),
		fc
			.array(
				fc.constantFrom(
					'<script>alert(1)</script>',
					'"><img src=x onerror=alert(1)>',
					' date 2024-02-30 ',
					'Hai bên nhất trí ',
					'đạt 5 tỷ USD ',
					'vào năm 2030. ',
					'\n',
					'\n\n',
					'Tin liên quan\n',
					'Ảnh: TTXVN\n',
					'\u0000',
					'\uFEFF',
					'The two sides will build the railway by 2030. '
				),
				{ maxLength: 60 }
			)
			.map((parts) => parts.join(''))
	);
	const bytes = fc.oneof(
		texts.map((s) => new TextEncoder().encode(s)),
		fc.uint8Array({ maxLength: 600 })
	);

	it('never throws, explains every refusal, and counts articles exactly', async () => {
		await fc.assert(
			fc.asyncProperty(bytes, async (input) => {
				const [{ before }] = (await t.db.select({ before: count() }).from(articles)) as [
					{ before: number }
				];
				const result = await importArticle(t.db, 'fuzz.txt', input);
				const [{ after }] = (await t.db.select({ after: count() }).from(articles)) as [
					{ after: number }
				];
				expect(['added', 'duplicate', 'error']).toContain(result.outcome);
				if (result.outcome === 'error') expect(result.reason.length).toBeGreaterThan(5);
				expect(Number(after) - Number(before)).toBe(result.outcome === 'added' ? 1 : 0);
			}),
			{ numRuns: 120 }
		);
		const rows = await t.db.select().from(mentions);
		const texts = new Map(
			(await t.db.select({ id: articles.id, raw: articles.rawText }).from(articles)).map((a) => [
				a.id,
				a.raw
			])
		);
		for (const m of rows) expect(texts.get(m.articleId)!.slice(m.start, m.end)).toBe(m.quote);
	});
});
