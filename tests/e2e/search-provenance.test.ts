import { describe, expect, it } from 'vitest';
import { logIn, postForm } from './editor-server';
import { fillLogin, useApp, visit } from './helpers/app';
import { DESKTOP, screenshot } from './helpers/browser';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { and, eq, sql } from 'drizzle-orm';
import * as schema from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/client';
import { rejectProposal } from '../../src/lib/server/editor/proposals';

/** What a reader checks first: that search finds an amount however it is typed, and why a result matched. */
describe('search and provenance in a browser', () => {
	const s = useApp();

	it('finds the 5 bn target typed as "5 tỉ" and shows the quote it matched in', async () => {
		const page = await s.newPage({ viewport: DESKTOP });
		await visit(page, '/commitments');
		await page.getByLabel('Tìm kiếm').fill('5 tỉ');
		await page.getByRole('button', { name: 'Lọc' }).click();
		await page.waitForURL(/q=5\+t/);
		const rows = page.locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(0);
		const targets = await page.locator('tbody tr td:nth-child(4)').allInnerTexts();
		expect(targets).toContain('5 tỷ USD');
		expect(targets).not.toContain('10 tỷ USD');
		const match = page.locator('tbody tr .match').first();
		expect(await match.innerText()).toMatch(/^Khớp trong trích dẫn: “.*5 t[ỉỷ] USD/);
		await screenshot(page, 'search-5-ti');
		// The quote leads to its sentence in the article.
		await match.getByRole('link').click();
		await page.waitForURL(/\/articles\/\d+#mention-\d+$/);
	});

	it('shows the outlet, the original address and where the date came from on the article page, not the file name', async () => {
		const page = await s.newPage({ viewport: DESKTOP });
		await visit(page, '/articles');
		// The VTC News seed: the list's counts differ per article now, and the title column says so.
		expect(await page.locator('thead th').nth(1).innerText()).toBe('Tiêu đề');
		await page.getByRole('link', { name: /^Theo thông cáo của Bộ Ngoại giao/ }).click();
		await page.waitForURL(/\/articles\/\d+$/);
		const provenance = page.locator('.provenance');
		expect(await provenance.innerText()).toMatch(
			/Cơ quan báo chí: VTC News \(theo dòng ký tên của bài\)/
		);
		expect(await provenance.innerText()).toMatch(/Bài gốc:\s*không có địa chỉ bài gốc/);
		expect(await page.locator('h1 + .provenance').count()).toBe(1);
		// Readers get no edit form.
		expect(await page.locator('form[action="?/provenance"]').count()).toBe(0);
		await screenshot(page, 'article-provenance');
	});

	it('refuses a provenance edit from a reader, and takes one from an editor', async () => {
		const articleId = '1';
		const anonymous = await postForm(s.base, `/articles/${articleId}?/provenance`, {
			outlet: 'Forged',
			url: '',
			publishedOn: ''
		});
		expect(anonymous.status).toBe(403);
		const page = await s.newPage({ viewport: DESKTOP });
		// Each step waits for the page's scripts: a login or an edit typed before hydration may be lost.
		await visit(page, `/login?next=%2Farticles%2F${articleId}`);
		await fillLogin(page, s, { password: 'Mật khẩu', button: 'Đăng nhập' });
		await page.waitForURL(`${s.base}/articles/${articleId}`);
		await page.waitForLoadState('networkidle');
		await page.locator('details.edit summary').click();
		await page.getByLabel('Cơ quan báo chí').fill('Báo Thử Nghiệm');
		await page.getByLabel(/^Địa chỉ bài gốc/).fill('https://example.org/bai-goc-1');
		await page.getByRole('button', { name: 'Lưu nguồn' }).click();
		await page.getByText('Đã lưu nguồn của bài báo.').waitFor();
		const text = await page.locator('.provenance').innerText();
		expect(text).toMatch(/Cơ quan báo chí: Báo Thử Nghiệm \(do biên tập viên ghi\)/);
		expect(await page.locator('.provenance a.url').getAttribute('href')).toBe(
			'https://example.org/bai-goc-1'
		);
	});

	it('sends a merged item’s address on to the item it went into (308), also from the corrections log', async () => {
		const cookie = await logIn(s);
		const list = (await (await fetch(`${s.base}/api/commitments?page_size=200`)).json()) as {
			items: { id: number; version: number }[];
		};
		const [source, target] = list.items.slice(-2);
		const merged = await postForm(
			s.base,
			`/editor/items/${source!.id}?/merge`,
			{
				version: String(source!.version),
				targetId: String(target!.id),
				publicNote: 'Test: the same pledge.'
			},
			{ cookie }
		);
		expect(merged.status).toBe(303);
		const page = await fetch(`${s.base}/commitments/${source!.id}?as_of=2027-01-01`, {
			redirect: 'manual'
		});
		expect(page.status).toBe(308);
		expect(page.headers.get('location')).toBe(`/commitments/${target!.id}?as_of=2027-01-01`);
		const api = await fetch(`${s.base}/api/commitments/${source!.id}`, { redirect: 'manual' });
		expect([api.status, api.headers.get('location')]).toEqual([
			308,
			`/api/commitments/${target!.id}`
		]);
		const browserPage = await s.newPage({ viewport: DESKTOP });
		await browserPage.goto('/corrections');
		await browserPage.locator(`a[href="/commitments/${source!.id}"]`).first().click();
		await browserPage.waitForURL(`${s.base}/commitments/${target!.id}`);
	});

	// The server holds its PGlite folder; on PostgreSQL the test can reject a proposal in the server's own database.
	it.skipIf(!process.env.TEST_DATABASE_URL)(
		'shows a removed item as a tombstone with the reason and the corrections entry',
		async () => {
			const client = postgres(s.database!.url!, { max: 1, onnotice: () => {} });
			try {
				const db = drizzle(client, { schema }) as unknown as Db;
				// A one-quote item the engine proposed as new, as an editor would reject it.
				const [p] = await db
					.select({ id: schema.proposals.id, commitmentId: schema.proposals.commitmentId })
					.from(schema.proposals)
					.where(
						and(
							eq(schema.proposals.kind, 'new_item'),
							eq(schema.proposals.state, 'open'),
							sql`(select count(*) from mentions m where m.commitment_id = ${schema.proposals.commitmentId}) = 1`
						)
					)
					.limit(1);
				const [editor] = await db.select().from(schema.users).limit(1);
				const [item] = await db
					.select()
					.from(schema.commitments)
					.where(eq(schema.commitments.id, p!.commitmentId!));
				const done = await rejectProposal(
					db,
					{ id: editor!.id, email: editor!.email, role: 'editor' },
					{ proposalId: p!.id, itemVersion: item!.version, publicNote: 'Test: not an undertaking.' }
				);
				expect(done).toMatchObject({ ok: true });
				const page = await s.newPage({ viewport: DESKTOP });
				const response = await page.goto(`/commitments/${item!.id}`);
				expect(response?.status()).toBe(410);
				expect(await page.locator('h1').innerText()).toBe(`Mục #${item!.id} đã bị gỡ`);
				expect(await page.locator('.tombstone').innerText()).toMatch(
					/Lý do:\s*Test: not an undertaking\./
				);
				await screenshot(page, 'tombstone');
				await page.getByRole('link', { name: 'Xem nhật ký đính chính' }).click();
				await page.waitForURL(/\/corrections#correction-\d+$/);
				const entry = page.locator(page.url().replace(/^.*#/, '#'));
				expect(await entry.innerText()).toMatch(/not an undertaking/);
			} finally {
				await client.end();
			}
		}
	);
});
