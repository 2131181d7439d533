import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartsDrawn, DESKTOP, PHONE, screenshot, seriousA11yViolations } from './helpers/browser';
import { expectFitsAndAccessible, useApp } from './helpers/app';

/** Every dashboard page, on the seed articles, at desktop and phone widths, in Chromium. */
describe('dashboard pages in a browser', () => {
	const server = useApp();
	const paths: Record<string, string> = {};

	async function firstHref(page: Page, path: string, selector: string): Promise<string> {
		await page.goto(server.base + path);
		const href = await page.locator(selector).first().getAttribute('href');
		if (!href) throw new Error(`no link ${selector} on ${path}`);
		return href;
	}

	beforeAll(async () => {
		const page = await server.newPage();
		Object.assign(paths, {
			overview: '/',
			commitments: '/commitments',
			commitment: await firstHref(
				page,
				'/commitments?sort=sources',
				'table a[href^="/commitments/"]'
			),
			articles: '/articles',
			article: await firstHref(page, '/articles', 'table a[href^="/articles/"]'),
			trade: '/trade',
			entities: '/entities',
			entity: await firstHref(page, '/entities', 'table a[href^="/entities/"]'),
			methodology: '/methodology'
		});
		await page.context().close();
	});

	for (const viewport of [DESKTOP, PHONE]) {
		it(`renders every page at ${viewport.width} px with a heading, no script error, nothing wider than the screen, and no serious axe finding`, async () => {
			const page = await server.newPage({ viewport });
			for (const [name, path] of Object.entries(paths)) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
				await expect(page.locator('main').textContent()).resolves.toMatch(/Cập nhật lần cuối/);
				if ((await page.locator('canvas').count()) > 0) await chartsDrawn(page);
				await expectFitsAndAccessible(page, name);
			}
			expect(server.errors(page)).toEqual([]);
			// Nine pages with axe each: generous, since CI runs the other browser tests alongside.
		}, 180_000);
	}

	it('writes Vietnamese with its diacritics and money the Vietnamese way by default', async () => {
		const page = await server.newPage();
		await page.goto(server.base + '/');
		expect(await page.getAttribute('html', 'lang')).toBe('vi');
		const text = await page.locator('main').innerText();
		expect(text).toContain('Tổng quan cam kết Việt Nam – Lào');
		expect(text).toMatch(/\d+(,\d+)? tỷ USD/);
	});

	it('switches to English, keeps it across pages and visits, and switches back', async () => {
		const page = await server.newPage();
		await page.goto(server.base + '/trade');
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(/\/trade$/);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await expect(page.locator('h1').textContent()).resolves.toBe('Vietnam – Laos two-way trade');
		await expect(page.locator('main').innerText()).resolves.toMatch(/\d+(\.\d+)? bn USD/);
		await screenshot(page, 'trade-english');

		await page.goto(server.base + '/commitments');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await expect(page.locator('h1').textContent()).resolves.toBe('Commitments');
		const again = await page.context().newPage();
		await again.goto(server.base + '/');
		await expect(again.locator('h1').textContent()).resolves.toBe(
			'Vietnam – Laos commitments at a glance'
		);
		expect(await seriousA11yViolations(again)).toEqual([]);

		await again.getByRole('link', { name: 'Tiếng Việt' }).click();
		await again.waitForURL(`${server.base}/`);
		expect(await again.getAttribute('html', 'lang')).toBe('vi');
		await expect(again.locator('h1').textContent()).resolves.toBe(
			'Tổng quan cam kết Việt Nam – Lào'
		);
	});

	it('serves the whole-site and per-item Atom feeds as escaped XML', async () => {
		const site = await fetch(server.base + '/feed.xml');
		expect(site.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
		const xml = await site.text();
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/
		);
		expect((xml.match(/<entry>/g) ?? []).length).toBeGreaterThan(0);
		const id = /\/commitments\/(\d+)/.exec(paths.commitment!)![1];
		const item = await (await fetch(`${server.base}/commitments/${id}/feed.xml`)).text();
		expect(item).toContain(
			`<link rel="alternate" type="text/html" href="${server.base}/commitments/${id}"/>`
		);
		expect((await fetch(`${server.base}/commitments/999999/feed.xml`)).status).toBe(404);
	});
});
