import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartsDrawn, DESKTOP, PHONE, screenshot } from './helpers/browser';
import { useApp } from './helpers/app';

/** Pixels of the trade chart's canvas in a CSS colour (a custom property holding #rrggbb), and where they are. */
async function pixelsOf(
	page: Page,
	variable: string
): Promise<{ count: number; x: number; y: number }> {
	return page.evaluate((name) => {
		const canvas = document.querySelector(
			'section[aria-labelledby="chart-title"] canvas'
		) as HTMLCanvasElement;
		const { width, height } = canvas;
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, width, height);
		const hex = getComputedStyle(canvas).getPropertyValue(name).trim().replace('#', '');
		const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
		let count = 0;
		let sx = 0;
		let sy = 0;
		let best = -1;
		let bx = 0;
		let by = 0;
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				const i = (y * width + x) * 4;
				if (
					Math.abs(data[i]! - r!) < 8 &&
					Math.abs(data[i + 1]! - g!) < 8 &&
					Math.abs(data[i + 2]! - b!) < 8 &&
					data[i + 3]! > 200
				) {
					count++;
					sx += x;
					sy += y;
					// The rightmost pixel of the colour: the latest point of a dot series.
					if (x > best) [best, bx, by] = [x, x, y];
				}
			}
		const box = canvas.getBoundingClientRect();
		const scale = box.width / width;
		return {
			count,
			x: box.left + bx * scale,
			y: box.top + by * scale,
			mean: [sx / Math.max(count, 1), sy / Math.max(count, 1)]
		};
	}, variable);
}

/**
 * The trade page on the real app (npm start: seeds, and the official series from static/data):
 * the official line beside the article figures, each target from its pledge in its own colour,
 * sources per year, in both languages at desktop and phone widths.
 */
describe('trade page: official statistics beside the article figures', () => {
	const server = useApp();

	const LANGS = [
		{
			locale: 'vi',
			h1: 'Thương mại hai chiều Việt Nam – Lào',
			official: '892,9 triệu USD',
			pledged: '03/12/2025',
			gap: 'Chưa có số liệu chính thức',
			title: 'Phấn đấu đạt kim ngạch thương mại 10 tỷ USD',
			header: 'Ngày cam kết'
		},
		{
			locale: 'en',
			h1: 'Vietnam – Laos two-way trade',
			official: '892.9 m USD',
			pledged: '3 Dec 2025',
			gap: 'No official figure',
			// Our English title in the English pages' money style, as the target beside it (#16).
			title: 'Trade target: 10 bn USD',
			header: 'Pledged on'
		}
	] as const;

	for (const lang of LANGS) {
		for (const viewport of [DESKTOP, PHONE]) {
			it(`draws both series and every target in its own colour, with sources per year (${lang.locale}, ${viewport.width} px)`, async () => {
				const page = await server.newPage({ viewport, locale: lang.locale });
				expect((await page.goto(`${server.base}/trade`))?.status()).toBe(200);
				await chartsDrawn(page);
				await expect(page.locator('h1').innerText()).resolves.toBe(lang.h1);

				expect((await pixelsOf(page, '--chart-official')).count).toBeGreaterThan(150);
				expect((await pixelsOf(page, '--chart-reported')).count).toBeGreaterThan(40);
				// The 5 bn and 10 bn targets: two lines, two colours.
				expect((await pixelsOf(page, '--chart-target-1')).count).toBeGreaterThan(40);
				expect((await pixelsOf(page, '--chart-target-2')).count).toBeGreaterThan(40);

				// Official figures per year with their source; a year without one is a gap, not a guess.
				const y2017 = page.locator('#trade-year-2017 td.official');
				await expect(y2017.innerText()).resolves.toContain(lang.official);
				await expect(y2017.locator('a').getAttribute('href')).resolves.toMatch(
					/^https:\/\/en\.vietnamplus\.vn\//
				);
				await expect(page.locator('#trade-year-2013').count()).resolves.toBe(0);
				await expect(page.locator('#trade-year-2025 td.official').innerText()).resolves.toMatch(
					/2[,.]98/
				);
				// The 2023 seed figure sits within 5 % of the official one: no disagreement flagged.
				await expect(page.locator('#trade-year-2023').getAttribute('class')).resolves.not.toContain(
					'disagree'
				);

				// Targets carry their pledge date.
				const targets = page.locator('section[aria-labelledby="targets"] tbody');
				await expect(targets.innerText()).resolves.toContain(lang.pledged);
				// Each in the reader's language, under a header that reads as one.
				await expect(targets.innerText()).resolves.toContain(lang.title);
				await expect(
					page.locator('section[aria-labelledby="targets"] thead').innerText()
				).resolves.toContain(lang.header);

				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth
				);
				expect(overflow).toBeLessThanOrEqual(0);
				await screenshot(page, `trade-official-${lang.locale}`);
				await page.locator('section[aria-labelledby="chart-title"]').screenshot({
					path: `test-results/pages/trade-chart-${lang.locale}-${viewport.width}.png`
				});
			});
		}
	}

	it('offers the official series as the same CSV the app loads', async () => {
		const res = await fetch(`${server.base}/data/vn-laos-trade-official.csv`);
		expect(res.status).toBe(200);
		const text = await res.text();
		expect(text.split('\n')[0]).toBe(
			'year,value_usd,status,reporter,source,url,retrieved_on,growth_pct'
		);
		expect(text).toContain('2017,892900000,final,VN,');
	});

	it('an article figure on the chart leads to its sentence in the article', async () => {
		const page = await server.newPage({ viewport: DESKTOP });
		await page.goto(`${server.base}/trade`);
		await chartsDrawn(page);
		const dot = await pixelsOf(page, '--chart-reported');
		await page.mouse.click(dot.x - 3, dot.y);
		await page.waitForURL(/\/articles\/\d+#trade-\d+$/);
		expect(page.url()).toMatch(/\/articles\/\d+#trade-\d+$/);
	});

	it('the overview compares the latest full year with the target in force that year', async () => {
		const page = await server.newPage({ viewport: DESKTOP });
		await page.goto(`${server.base}/`);
		const headline = await page.locator('section[aria-labelledby="trade-headline"]').innerText();
		expect(headline).toContain('Cả năm 2025');
		expect(headline).toContain('thống kê chính thức');
		// The rate the 2025 source states, not +35,5 % worked out from the rounded 2024 total.
		expect(headline).toContain('+32,7% (theo nguồn số liệu)');
		expect(headline).toMatch(/Đạt 59,6% mục tiêu 5 tỷ USD \(cam kết ngày \d{2}\/\d{2}\/20\d{2}\)/);
		await screenshot(page, 'overview-trade-headline');
	});

	it('the re-pledge chart of the 10 bn target has one tick per version, none repeated, dated as the trade page dates the pledges', async () => {
		const page = await server.newPage({ viewport: DESKTOP });
		await page.goto(`${server.base}/trade`);
		const row = page.locator('section[aria-labelledby="targets"] tbody tr', {
			hasText: '10 tỷ USD'
		});
		// The trade page's pledge date of the 10 bn target (26/01/2026: it was named as the mark after 5 bn on 03/12/2025).
		const pledged = (await row.innerText()).match(/\d{2}\/\d{2}\/\d{4}/)![0];
		const link = row.locator('a').first();
		await page.goto(server.base + (await link.getAttribute('href'))!);
		expect(await page.locator('article').first().innerText()).toContain(
			`Đặt làm mục tiêu ngày ${pledged}`
		);
		await chartsDrawn(page);
		const label = (await page
			.locator('.chart-box[aria-label^="Mục tiêu qua các lần cam kết"]')
			.getAttribute('aria-label'))!;
		// One entry per version, each with its own date and amount: "03/12/2025 5 tỷ USD: …; 03/12/2025 10 tỷ USD: …".
		const ticks = label
			.slice(label.indexOf(':') + 1)
			.split(';')
			.map((t) => t.split(':')[0]!.trim());
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		expect(new Set(ticks).size).toBe(ticks.length);
		expect(ticks.some((t) => t.includes('10 tỷ USD'))).toBe(true);
		expect(ticks).toContain(`${pledged} 10 tỷ USD`);
		expect(ticks).toContain('03/12/2025 5 tỷ USD');
		await screenshot(page, 'item-10bn-repledge');
	});
});
