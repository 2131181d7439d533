import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, commitments, loginAttempts, proposals } from '../../src/lib/server/db/schema';
import {
	REPORT_ADDRESS_LIMIT,
	ReportForm,
	submitReport
} from '../../src/lib/server/editor/reports';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

/** Readers' error reports: into the queue, limited by counters every instance shares, bots ignored. */
describe(`reader reports (${backendName})`, () => {
	let t: TestDatabase;
	let itemId: number;
	let articleId: number;
	beforeAll(async () => {
		t = await createTestDatabase();
		const [a] = await t.db
			.insert(articles)
			.values({
				source: 'report-test.txt',
				title: 'Bài thử',
				dateSource: 'none',
				language: 'vi',
				rawText: 'Một câu thử.',
				cleanText: 'Một câu thử.',
				blocks: [],
				contentHash: 'report-test-hash'
			})
			.returning({ id: articles.id });
		articleId = a!.id;
		const [c] = await t.db
			.insert(commitments)
			.values({ title: 'Mục thử', sector: 'trade', kind: 'target' })
			.returning({ id: commitments.id });
		itemId = c!.id;
	});
	afterAll(async () => {
		await t?.destroy();
	});

	const form = (fields: Record<string, string>) =>
		ReportForm.parse({
			target: 'item',
			id: String(itemId),
			note: 'Con số trong tiêu đề sai: bài gốc ghi 5 tỷ USD.',
			...fields
		});

	it('puts the reader’s note into the editors’ queue as a report on the item or the article', async () => {
		expect(await submitReport(t.db, form({}), '198.51.100.1')).toEqual({ ok: true });
		expect(
			await submitReport(t.db, form({ target: 'article', id: String(articleId) }), '198.51.100.1')
		).toEqual({ ok: true });
		const open = await t.db.select().from(proposals).where(eq(proposals.kind, 'report'));
		expect(
			open.map((p) => [p.commitmentId, p.payload.note, p.payload.articleId ?? null, p.state])
		).toEqual([
			[itemId, 'Con số trong tiêu đề sai: bài gốc ghi 5 tỷ USD.', null, 'open'],
			[null, 'Con số trong tiêu đề sai: bài gốc ghi 5 tỷ USD.', articleId, 'open']
		]);
	});

	it('validates with zod: a note too short or an unknown target is refused before anything is stored', () => {
		expect(ReportForm.safeParse({ target: 'item', id: '1', note: 'sai' }).success).toBe(false);
		expect(
			ReportForm.safeParse({
				target: 'entity',
				id: '1',
				note: 'Tên thực thể bị viết sai chính tả.'
			}).success
		).toBe(false);
		expect(
			ReportForm.safeParse({ target: 'item', id: '-3', note: 'Tên thực thể bị viết sai chính tả.' })
				.success
		).toBe(false);
	});

	it('a filled honeypot is answered as a success but stores and counts nothing', async () => {
		const before = await t.db.select().from(proposals);
		expect(
			await submitReport(t.db, form({ website: 'http://spam.example' }), '198.51.100.9')
		).toEqual({ ok: true });
		expect(await t.db.select().from(proposals)).toHaveLength(before.length);
		expect(
			await t.db.select().from(loginAttempts).where(eq(loginAttempts.key, 'report:ip:198.51.100.9'))
		).toHaveLength(0);
	});

	it('limits one address through a counter in the database, which every instance reads', async () => {
		const ip = '203.0.113.7';
		const results = [];
		for (let i = 0; i < REPORT_ADDRESS_LIMIT.freeAttempts + 1; i++)
			results.push(await submitReport(t.db, form({}), ip));
		expect(results.slice(0, REPORT_ADDRESS_LIMIT.freeAttempts).every((r) => r.ok)).toBe(true);
		expect(results.at(-1)).toMatchObject({ ok: false, reason: 'limited' });
		// The count lives in a table, not in this process: a second instance sees the same lock.
		const [row] = await t.db
			.select()
			.from(loginAttempts)
			.where(eq(loginAttempts.key, `report:ip:${ip}`));
		expect(row?.lockedUntil).not.toBeNull();
		// Another address is not affected.
		expect(await submitReport(t.db, form({}), '203.0.113.8')).toEqual({ ok: true });
		expect(
			await t.db.select().from(loginAttempts).where(like(loginAttempts.key, 'report:%'))
		).not.toHaveLength(0);
	});

	it('a report about an item that is gone says so', async () => {
		expect(await submitReport(t.db, form({ id: '999999' }), '198.51.100.20')).toEqual({
			ok: false,
			reason: 'gone'
		});
	});
});
