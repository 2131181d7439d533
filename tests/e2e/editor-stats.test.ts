import { describe, expect, it } from 'vitest';
import { getPage, postForm } from './editor-server';
import { useApp, visit } from './helpers/app';
import { DESKTOP, screenshot } from './helpers/browser';

const CSV = [
	'year,value_usd,status,reporter,source,url,retrieved_on',
	'2016,823000000,final,VN,"Test correction: a customs year-end total we were given for 2016",https://example.org/customs-2016,2026-11-30',
	'2015,about a billion,final,VN,"Test row with a bad amount, refused",https://example.org/x,2026-11-30',
	'2017,892900000,final,XX,"Test row with an unknown reporter, refused",https://example.org/y,2026-11-30'
].join('\n');

/** An editor brings in a missing year and sees which rows were refused and why; readers see the year on the trade page. */
describe('editor: importing official trade statistics', () => {
	const s = useApp();

	it('refuses the import to anyone not logged in as an editor', async () => {
		const form = new FormData();
		form.append('text', CSV);
		const res = await postForm(s.base, '/editor/stats', form);
		expect(res.status).toBe(403);
		expect((await getPage(s, '/trade')).body).not.toContain('trade-year-2016');
	});

	it('imports the good rows, lists the refused ones by line and reason, and the trade page shows the new year', async () => {
		const page = await s.newPage({ viewport: DESKTOP, editor: true });
		await visit(page, '/editor/stats');
		await expect(page.locator('h1').innerText()).resolves.toBe('Thống kê thương mại chính thức');
		await page
			.locator('input[name="file"]')
			.setInputFiles({ name: 'corrections.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
		await page.getByRole('button', { name: 'Nhập số liệu' }).click();
		const report = page.locator('section.report');
		await report.waitFor();
		const text = await report.innerText();
		expect(text).toContain('Đã thêm: 2016');
		const rows = await report.locator('tbody tr').allInnerTexts();
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatch(/^3\s+value_usd phải là số tiền dương/);
		expect(rows[0]).toContain('about a billion');
		expect(rows[1]).toMatch(/^4\s+reporter phải là "VN" hoặc "LA"/);
		await screenshot(page, 'editor-stats-report');

		const trade = await getPage(s, '/trade');
		expect(trade.body).toContain('id="trade-year-2016"');
		expect(trade.body).toContain('https://example.org/customs-2016');
		const audit = await getPage(s, '/editor/audit', await s.editorCookie());
		expect(audit.body).toContain('Official trade figures imported');
	});
});
