import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, screenshot } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

/** What a reader checks first: that search finds an amount however it is typed, and why a result matched. */
describe('search and provenance in a browser', () => {
	let server: RunningServer;
	let browser: Browser;

	beforeAll(async () => {
		server = await startServer();
		browser = await launchBrowser();
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		server?.stop();
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
});
