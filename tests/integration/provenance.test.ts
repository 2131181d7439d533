import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, commitmentStats } from '../../src/lib/server/db/schema';
import {
	ArticleProvenanceSchema,
	updateArticleProvenance
} from '../../src/lib/server/editor/articles';
import { backfillProvenance, importArticle } from '../../src/lib/server/pipeline/import';
import { evidenceOf, listCommitments } from '../../src/lib/server/queries';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { makeEditor } from './editor-fixtures';

const SEEDS = path.resolve('seeds');
const enc = (s: string) => new TextEncoder().encode(s);
const BODY =
	'Hai bên nhất trí tiếp tục mở rộng hợp tác giáo dục và đào tạo, tăng số học bổng cho sinh viên hai nước trong năm học tới, theo bài viết thử nghiệm do nhóm phát triển tự soạn.';

describe(`article provenance (${backendName})`, () => {
	let t: TestDatabase;
	const bySource = async (source: string) =>
		(await t.db.select().from(articles).where(eq(articles.source, source)))[0]!;
	beforeAll(async () => {
		t = await createTestDatabase();
		for (const name of readdirSync(SEEDS).sort())
			await importArticle(t.db, name, readFileSync(path.join(SEEDS, name)));
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('reads the outlet each seed names, and says how it was found', async () => {
		const seen = Object.fromEntries(
			(await t.db.select().from(articles)).map((a) => [
				a.source.slice(0, 3),
				[a.outlet, a.outletFrom]
			])
		);
		expect(seen).toEqual({
			'000': [null, 'none'],
			'001': ['Người Lao Động (NLĐO)', 'tag'],
			'002': ['VTC News', 'byline'],
			'003': ['TTXVN', 'credit'],
			'004': ['TTXVN/Vietnam+', 'byline']
		});
	});

	it('takes the URL from a source line, a dataset reference as the source but not as a URL, and keeps both out of the text', async () => {
		const withUrl = await importArticle(
			t.db,
			'with-url.txt',
			enc(
				` date 2026-02-01 Hai nước mở rộng hợp tác giáo dục trong năm tới\n\n${BODY}\n\nsource: https://dantri.com.vn/the-gioi/bai-thu-nghiem-1.htm\n`
			)
		);
		expect(withUrl.outcome).toBe('added');
		const a = await bySource('with-url.txt');
		expect([a.url, a.sourceRef, a.outlet, a.outletFrom]).toEqual([
			'https://dantri.com.vn/the-gioi/bai-thu-nghiem-1.htm',
			null,
			'Dân trí',
			'url'
		]);
		expect(a.cleanText).not.toMatch(/source:/);

		await importArticle(
			t.db,
			'from-dataset.txt',
			enc(
				` date 2026-02-02 Hai nước tăng học bổng cho sinh viên trong năm tới\n\n${BODY} Lần hai.\n\nsource: someone/scraper@0123456789ab:data/123.txt (the dataset gives no URL)\n`
			)
		);
		const b = await bySource('from-dataset.txt');
		expect([b.url, b.sourceRef]).toEqual([null, 'someone/scraper@0123456789ab:data/123.txt']);
		expect(b.cleanText).not.toMatch(/someone\/scraper/);

		await importArticle(
			t.db,
			'nguon.txt',
			enc(
				` date 2026-02-03 Hai nước tăng hợp tác đào tạo trong năm tới\n\n${BODY} Lần ba.\n\nNguồn: VnExpress\n`
			)
		);
		expect((await bySource('nguon.txt')).outlet).toBe('VnExpress');
	});

	it('lets an editor correct outlet, URL and date, with an audit entry, and re-dates the evidence', async () => {
		const editor = await makeEditor(t.db, 'provenance-editor@example.org');
		const undated = (await t.db.select().from(articles).where(eq(articles.dateSource, 'none')))[0]!;
		const input = ArticleProvenanceSchema.parse({
			outlet: 'Báo Thử Nghiệm',
			url: 'https://example.org/bai-goc',
			publishedOn: '2024-11-08',
			publicNote: ''
		});
		expect(await updateArticleProvenance(t.db, editor, undated.id, input)).toEqual({ ok: true });
		const after = (await t.db.select().from(articles).where(eq(articles.id, undated.id)))[0]!;
		expect([
			after.outlet,
			after.outletFrom,
			after.url,
			after.publishedOn,
			after.dateSource,
			after.needsReview
		]).toEqual([
			'Báo Thử Nghiệm',
			'editor',
			'https://example.org/bai-goc',
			'2024-11-08',
			'editor',
			false
		]);
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'article'), eq(auditLog.entityId, undated.id)));
		expect(audit).toMatchObject({
			userId: editor.id,
			action: 'article.provenance',
			before: { outlet: 'TTXVN', publishedOn: null },
			after: { outlet: 'Báo Thử Nghiệm', publishedOn: '2024-11-08' }
		});
		// Its evidence now counts from the corrected day.
		const stats = await t.db
			.select({ first: commitmentStats.firstMentioned })
			.from(commitmentStats);
		expect(stats.some((s) => s.first === '2024-11-08')).toBe(true);
		expect(
			ArticleProvenanceSchema.safeParse({ outlet: '', url: 'javascript:alert(1)', publishedOn: '' })
				.success
		).toBe(false);
		expect(
			ArticleProvenanceSchema.safeParse({ outlet: '', url: '', publishedOn: '2024-02-30' }).success
		).toBe(false);
		expect(await updateArticleProvenance(t.db, editor, 999999, input)).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});

	it('exports each quote with its article, outlet and source URL', async () => {
		const { items } = await listCommitments(t.db, { asOf: '2100-01-01', pageSize: 200 });
		const evidence = await evidenceOf(
			t.db,
			items.map((i) => i.id),
			'2100-01-01'
		);
		const all = [...evidence.values()].flat();
		expect(all.length).toBe(items.reduce((n, i) => n + i.mentionCount, 0));
		const nld = await bySource(readdirSync(SEEDS).sort()[1]!);
		const fromNld = all.filter((e) => e.articleId === nld.id);
		expect(fromNld.length).toBeGreaterThan(0);
		for (const e of fromNld) {
			expect(e.outlet).toBe('Người Lao Động (NLĐO)');
			expect(nld.rawText).toContain(e.quote);
			expect(e.confidence).toBeGreaterThan(0);
		}
	});

	it('fills in the provenance of articles stored before it was read', async () => {
		await t.db
			.update(articles)
			.set({ outlet: null, outletFrom: null })
			.where(eq(articles.source, 'nguon.txt'));
		expect(await backfillProvenance(t.db)).toBe(1);
		expect((await bySource('nguon.txt')).outlet).toBe('VnExpress');
		expect(await backfillProvenance(t.db)).toBe(0);
	});
});
