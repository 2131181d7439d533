import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartsDrawn, DESKTOP, PHONE, screenshot } from './helpers/browser';
import { useApp } from './helpers/app';

/** What a reader does on the dashboards: filter, follow evidence, read the trade chart. */
describe('reader flows in a browser', () => {
	const server = useApp();

	it('filters the list by a search typed without diacritics, keeps the filter in the URL, and exports the same rows', async () => {
		const page = await server.newPage({ viewport: DESKTOP });
		await page.goto(server.base + '/commitments');
		// Type only once the page has hydrated: on a loaded machine hydration can land after
		// the fill and reset the field, and the form would then submit an empty search.
		await page.waitForLoadState('networkidle');
		const all = await page.locator('tbody tr').count();
		await page.getByLabel('Tìm kiếm').fill('vung ang');
		await page.getByRole('button', { name: 'Lọc' }).click();
		await page.waitForURL(/q=vung\+ang/);
		const titles = await page.locator('tbody tr td:first-child').allInnerTexts();
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.length).toBeLessThan(all);
		for (const title of titles) expect(title).toMatch(/Vũng Áng/);
		await screenshot(page, 'commitments-filtered');

		// The same state, reloaded from the URL alone, and then narrowed by sector.
		await page.goto(page.url());
		await page.waitForLoadState('networkidle');
		expect(await page.getByLabel('Tìm kiếm').inputValue()).toBe('vung ang');
		await page.getByLabel('Lĩnh vực').selectOption('infrastructure');
		await page.getByRole('button', { name: 'Lọc' }).click();
		await page.waitForURL(/sector=infrastructure/);
		expect(page.url()).toMatch(/q=vung\+ang/);
		const narrowed = await page.locator('tbody tr td:first-child').allInnerTexts();

		const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
		expect(csvHref).toMatch(/q=vung\+ang/);
		const bytes = Buffer.from(await (await fetch(server.base + csvHref)).arrayBuffer());
		// A byte-order mark first, so spreadsheet programs read the Vietnamese as UTF-8.
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = bytes.subarray(3).toString('utf8').trim().split('\r\n');
		expect(rows[0]).toMatch(/^id,title,/);
		expect(rows).toHaveLength(narrowed.length + 1);
		for (const row of rows.slice(1)) expect(row).toMatch(/Vũng Áng/);
		const json = (await (
			await fetch(server.base + csvHref!.replace('export.csv', 'export.json'))
		).json()) as { total: number };
		expect(json.total).toBe(narrowed.length);
	});

	it('keeps a search typed before the page has hydrated, and submits it', async () => {
		const page = await server.newPage({ viewport: DESKTOP });
		// The app's scripts wait until the reader has typed, as on a slow connection.
		let typed!: () => void;
		const hold = new Promise<void>((resolve) => (typed = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await hold;
			await route.continue();
		});
		await page.goto(server.base + '/commitments', { waitUntil: 'domcontentloaded' });
		const field = page.getByLabel('Tìm kiếm');
		await field.fill('vung ang');
		typed();
		await page.waitForLoadState('networkidle');
		expect(await field.inputValue()).toBe('vung ang');
		await page.getByRole('button', { name: 'Lọc' }).click();
		await page.waitForURL(/q=vung\+ang/);
		const titles = await page.locator('tbody tr td:first-child').allInnerTexts();
		expect(titles.length).toBeGreaterThan(0);
		for (const title of titles) expect(title).toMatch(/Vũng Áng/);
	});

	it('follows a commitment to its highlighted sentence in the article', async () => {
		const page = await server.newPage({ viewport: PHONE });
		await page.goto(server.base + '/commitments?q=vung+ang');
		await page.locator('tbody a[href^="/commitments/"]').first().click();
		await page.waitForURL(/\/commitments\/\d+$/);
		const quote = (await page.locator('blockquote.quote').first().innerText()).trim();
		await page
			.getByRole('link', { name: /Xem trong bài/ })
			.first()
			.click();
		await page.waitForURL(/\/articles\/\d+#mention-\d+$/);
		const anchor = new URL(page.url()).hash;
		const mark = page.locator(`${anchor} + mark`);
		const marked = await mark.innerText();
		// The mark opens the quoted sentence (a trade figure inside it would start a second mark).
		expect(marked.length).toBeGreaterThan(10);
		expect(quote.startsWith(marked)).toBe(true);
		const paragraph = await page.locator(`p:has(${anchor})`).innerText();
		expect(paragraph.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' ').slice(0, 120));
		expect(await mark.isVisible()).toBe(true);
		const box = await mark.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(PHONE.height);
		// The highlight links back to the item it is evidence for.
		const back = page.locator(`${anchor} ~ a.tag`).first();
		expect(await back.getAttribute('href')).toMatch(/^\/commitments\/\d+/);
		await page.screenshot({ path: path.resolve('test-results/pages/article-highlight-375.png') });
	});

	it('shows the data as it stood on a chosen date, and keeps that date while the reader moves around', async () => {
		const page = await server.newPage({ viewport: DESKTOP });
		await page.goto(server.base + '/');
		await page.waitForLoadState('networkidle');
		const today = await page.locator('.lead a').innerText();
		// The earliest seed article is from January 2025: on the first of December 2024 nothing was tracked yet.
		await page.getByLabel('Tính đến ngày').fill('2024-12-01');
		await page.getByRole('button', { name: 'Xem' }).click();
		await page.waitForURL(/as_of=2024-12-01/);
		const before = await page.locator('.lead a').innerText();
		expect(before).toMatch(/^0 /);
		expect(today).not.toBe(before);
		// #16: the Vietnamese page shows the day as day/month/year, whatever the browser's own
		// language (this Chromium's is English), and takes it back typed that way.
		await page.waitForLoadState('networkidle');
		expect(await page.getByLabel('Tính đến ngày').inputValue()).toBe('01/12/2024');
		expect(await page.getByText('(ngày/tháng/năm)').count()).toBe(1);
		await page.getByLabel('Tính đến ngày').fill('30/06/2025');
		await page.getByRole('button', { name: 'Xem' }).click();
		await page.waitForURL(/as_of=2025-06-30/);
		const mid = Number((await page.locator('.lead a').innerText()).split(' ')[0]);
		expect(mid).toBeGreaterThan(0);
		expect(mid).toBeLessThan(Number(today.split(' ')[0]));
		await page
			.getByRole('navigation', { name: 'Điều hướng chính' })
			.getByRole('link', { name: 'Cam kết' })
			.click();
		await page.waitForURL(/\/commitments\?as_of=2025-06-30/);
		await expect(page.locator('.summary strong').innerText()).resolves.toBe(`${mid} cam kết`);
	});

	it('works without JavaScript: the list filters and the language switches through plain links and forms', async () => {
		const page = await server.newPage({ javaScript: false });
		await page.goto(server.base + '/commitments');
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Tìm kiếm').fill('vung ang');
		await page.getByRole('button', { name: 'Lọc' }).click();
		await page.waitForURL(/q=vung\+ang/);
		for (const title of await page.locator('tbody tr td:first-child').allInnerTexts())
			expect(title).toMatch(/Vũng Áng/);
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(/q=vung\+ang/);
		await expect(page.locator('h1').textContent()).resolves.toBe('Commitments');
	});

	it('ships the overview with less than 150 KB of gzipped JavaScript, Chart.js included', async () => {
		const page = await server.newPage();
		const scripts: string[] = [];
		page.on('response', (r) => {
			if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(server.base + '/');
		await chartsDrawn(page);
		const sizes = scripts.map(
			(p) => gzipSync(readFileSync(path.resolve('build/client', `.${p}`))).length
		);
		const total = sizes.reduce((a, b) => a + b, 0);
		console.log(
			`overview JavaScript: ${scripts.length} files, ${(total / 1024).toFixed(1)} KB gzipped`
		);
		expect(total).toBeLessThan(150 * 1024);
		// …and the list, which draws no chart, does not load Chart.js at all.
		const list = await server.newPage();
		const listScripts: string[] = [];
		list.on('response', (r) => {
			if (new URL(r.url()).pathname.endsWith('.js')) listScripts.push(new URL(r.url()).pathname);
		});
		await list.goto(server.base + '/commitments', { waitUntil: 'networkidle' });
		const isChartJs = (p: string) =>
			readFileSync(path.resolve('build/client', `.${p}`), 'utf8').includes(
				'Canvas is already in use'
			);
		expect(scripts.filter(isChartJs)).toHaveLength(1);
		expect(listScripts.length).toBeGreaterThan(0);
		expect(listScripts.filter(isChartJs)).toEqual([]);
	});
});
