import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, screenshot } from './helpers/browser';
import { postForm, startDemoServer, type EditorServer } from './editor-server';

/** What a reader checks first: that search finds an amount however it is typed, and why a result matched. */
describe('search and provenance in a browser', () => {
	let s: EditorServer;
	let browser: Browser;
	const server = { get baseUrl() { return s.base; } };

	beforeAll(async () => {
		s = await startDemoServer();
		browser = await launchBrowser();
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		await s?.stop();
	});

	it('finds the 5 bn target typed as "5 tỉ" and shows the quote it matched in', async () => {
		const page = await browser.newPage({ viewport: DESKTOP });
		await page.goto(server.baseUrl + '/commitments');
		await page.waitForLoadState('networkidle');
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
		await page.close();
	});

	it('shows the outlet, the original address and where the date came from on the article page, not the file name', async () => {
		const page = await browser.newPage({ viewport: DESKTOP });
		await page.goto(server.baseUrl + '/articles');
		await page.waitForLoadState('networkidle');
		// The VTC News seed: the list's counts differ per article now, and the title column says so.
		expect(await page.locator('thead th').nth(1).innerText()).toBe('Tiêu đề');
		await page.getByRole('link', { name: /^Theo thông cáo của Bộ Ngoại giao/ }).click();
		await page.waitForURL(/\/articles\/\d+$/);
		const provenance = page.locator('.provenance');
		expect(await provenance.innerText()).toMatch(/Cơ quan báo chí: VTC News \(theo dòng ký tên của bài\)/);
		expect(await provenance.innerText()).toMatch(/Bài gốc:\s*không có địa chỉ bài gốc/);
		expect(await page.locator('h1 + .provenance').count()).toBe(1);
		// Readers get no edit form.
		expect(await page.locator('form[action="?/provenance"]').count()).toBe(0);
		await screenshot(page, 'article-provenance');
		await page.close();
	});

	it('refuses a provenance edit from a reader, and takes one from an editor', async () => {
		const articleId = '1';
		const anonymous = await postForm(s.base, `/articles/${articleId}?/provenance`, { outlet: 'Forged', url: '', publishedOn: '' });
		expect(anonymous.status).toBe(403);
		const context = await browser.newContext({ viewport: DESKTOP });
		const page = await context.newPage();
		await page.goto(`${s.base}/login?next=%2Farticles%2F${articleId}`);
		await page.getByLabel('Email').fill(s.email);
		await page.getByLabel('Mật khẩu').fill(s.password);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await page.waitForURL(`${s.base}/articles/${articleId}`);
		await page.locator('details.edit summary').click();
		await page.getByLabel('Cơ quan báo chí').fill('Báo Thử Nghiệm');
		await page.getByLabel(/^Địa chỉ bài gốc/).fill('https://example.org/bai-goc-1');
		await page.getByRole('button', { name: 'Lưu nguồn' }).click();
		await page.getByText('Đã lưu nguồn của bài báo.').waitFor();
		const text = await page.locator('.provenance').innerText();
		expect(text).toMatch(/Cơ quan báo chí: Báo Thử Nghiệm \(do biên tập viên ghi\)/);
		expect(await page.locator('.provenance a.url').getAttribute('href')).toBe('https://example.org/bai-goc-1');
		await context.close();
	});
});
