import { beforeAll, describe, expect, it } from 'vitest';
import {
	GROWTH_FIGURES_ARTICLE,
	GROWTH_TARGETS_ARTICLE,
	GROWTH_TARGETS_ARTICLE_2
} from '../integration/growth-fixtures';
import { getPage, postForm } from './editor-server';
import { expectFitsAndAccessible, useApp } from './helpers/app';
import { chartsDrawn, DESKTOP, PHONE, screenshot } from './helpers/browser';

/**
 * An editor imports articles of our own with two yearly growth targets (one met, one missed);
 * the trade page then draws actual growth against the target bands and says which was met.
 */
describe('trade page: growth targets against actual growth', () => {
	const s = useApp();

	beforeAll(async () => {
		const cookie = await s.editorCookie();
		const form = new FormData();
		for (const [name, text] of [
			['growth-targets-2008.txt', GROWTH_TARGETS_ARTICLE],
			['growth-targets-2009.txt', GROWTH_TARGETS_ARTICLE_2],
			['growth-figures.txt', GROWTH_FIGURES_ARTICLE]
		]) {
			form.append('files', new Blob([text!], { type: 'text/plain' }), name);
		}
		const res = await postForm(s.base, '/editor/import', form, { cookie });
		expect(res.status).toBe(303);
		const jobPath = res.headers.get('location')!;
		for (;;) {
			const job = await getPage(s, jobPath, cookie);
			if (job.body.includes('Finished:')) {
				expect(job.body).toContain('Finished: 3 added');
				break;
			}
			await new Promise((r) => setTimeout(r, 200));
		}
	});

	const LANGS = [
		{ locale: 'en', met: '(met)', missed: '(not met)' },
		{ locale: 'vi', met: '(đã đạt)', missed: '(không đạt)' }
	] as const;

	for (const lang of LANGS) {
		for (const viewport of [DESKTOP, PHONE]) {
			it(`draws the growth chart and says met / not met (${lang.locale}, ${viewport.width} px)`, async () => {
				const page = await s.newPage({ viewport, locale: lang.locale });
				expect((await page.goto('/trade'))?.status()).toBe(200);

				// A row by the year beside its title: the title is in the reader's language (English: its title_en).
				const rowOf = (year: string) =>
					page.locator('section[aria-labelledby="growth"] tbody tr', { hasText: `(${year})` });
				await expect(rowOf('2008').innerText()).resolves.toContain(lang.met);
				await expect(rowOf('2009').innerText()).resolves.toContain(lang.missed);

				// The growth chart's canvas: bars in the "met" colour and in the "missed" colour.
				const canvas = page.locator('section[aria-labelledby="growth-chart-title"] canvas');
				await expect(canvas.count()).resolves.toBe(1);
				await page.waitForFunction(() => {
					const c = document.querySelector(
						'section[aria-labelledby="growth-chart-title"] canvas'
					) as HTMLCanvasElement | null;
					const data =
						c && c.width > 0
							? c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
							: null;
					return !!data && data.some((v, i) => i % 4 === 3 && v !== 0);
				});
				const colours = await canvas.evaluate((c: HTMLCanvasElement) => {
					const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
					const css = getComputedStyle(c);
					const count = (name: string) => {
						const hex = css.getPropertyValue(name).trim().replace('#', '');
						const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
						let n = 0;
						for (let i = 0; i < data.length; i += 4)
							if (
								Math.abs(data[i]! - r!) < 6 &&
								Math.abs(data[i + 1]! - g!) < 6 &&
								Math.abs(data[i + 2]! - b!) < 6 &&
								data[i + 3]! > 200
							)
								n++;
						return n;
					};
					return { met: count('--status-achieved'), missed: count('--status-missed') };
				});
				expect(colours.met).toBeGreaterThan(50);
				expect(colours.missed).toBeGreaterThan(50);

				await expectFitsAndAccessible(page, `trade-growth-${lang.locale}`);
			});
		}
	}

	it('draws the article figures as dots with nothing across the years they lack (2009 to 2023), and the dot after the gap leads to its sentence', async () => {
		const page = await s.newPage({ viewport: DESKTOP });
		expect((await page.goto('/trade'))?.status()).toBe(200);
		await chartsDrawn(page);
		const canvas = page.locator('section[aria-labelledby="chart-title"] canvas');
		// Columns holding the article series' colour inside the plot (the legend, with its own swatch, sits below).
		const drawn = await canvas.evaluate((c: HTMLCanvasElement) => {
			const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
			const hex = getComputedStyle(c).getPropertyValue('--chart-reported').trim().replace('#', '');
			const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
			const columns: number[][] = Array.from({ length: c.width }, () => []);
			const rows: number[] = [];
			for (let y = 0; y < c.height; y++) {
				for (let x = 0; x < c.width; x++) {
					const i = (y * c.width + x) * 4;
					if (
						Math.abs(data[i]! - r!) < 8 &&
						Math.abs(data[i + 1]! - g!) < 8 &&
						Math.abs(data[i + 2]! - b!) < 8 &&
						data[i + 3]! > 200
					) {
						columns[x]!.push(y);
						if (rows.at(-1) !== y) rows.push(y);
					}
				}
			}
			// The legend's swatch is the lowest band of the colour, below the axis labels: everything
			// from the last gap in the coloured rows down is legend, not a dot. (A fixed share of the
			// height cut off the low dots once the axis grew to start at 2000.)
			let legendTop = c.height;
			for (let k = rows.length - 1; k > 0; k--)
				if (rows[k]! - rows[k - 1]! > 8) {
					legendTop = rows[k]!;
					break;
				}
			for (const ys of columns) ys.splice(0, ys.length, ...ys.filter((y) => y < legendTop));
			const box = c.getBoundingClientRect();
			return { columns, scale: box.width / c.width, left: box.left, top: box.top };
		});
		// Runs of coloured columns: one per dot, since article figures are never joined by a line.
		const runs: { from: number; to: number }[] = [];
		drawn.columns.forEach((ys, x) => {
			if (!ys.length) return;
			const lastRun = runs.at(-1);
			if (lastRun && lastRun.to === x - 1) lastRun.to = x;
			else runs.push({ from: x, to: x });
		});
		expect(runs.length).toBeGreaterThanOrEqual(2);
		expect(Math.max(...runs.map((r) => r.to - r.from))).toBeLessThan(30);
		// The widest empty stretch (2009 to 2023) is most of the distance from the first dot to the last.
		const gaps = runs.slice(1).map((r, i) => ({ width: r.from - runs[i]!.to, after: r }));
		const widest = gaps.reduce((a, b) => (b.width > a.width ? b : a));
		expect(widest.width).toBeGreaterThan((runs.at(-1)!.to - runs[0]!.from) * 0.5);
		await screenshot(page, 'trade-gap');

		const dot = widest.after;
		const x = Math.round((dot.from + dot.to) / 2);
		const ys = drawn.columns[x]!;
		await page.mouse.click(
			drawn.left + x * drawn.scale,
			drawn.top + ((ys[0]! + ys.at(-1)!) / 2) * drawn.scale
		);
		await page.waitForURL(/\/articles\/\d+#trade-\d+$/);
		expect(page.url()).toMatch(/\/articles\/\d+#trade-\d+$/);
	});
});
