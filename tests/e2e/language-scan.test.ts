import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPage, logIn, startDemoServer, type EditorServer } from './editor-server';
import { launchBrowser } from './helpers/browser';
import { scanPage, type LanguageFinding } from './helpers/language-scan';

/**
 * One language at a time (#16): every main page, read in Vietnamese and then in English, shows
 * no piece of the other language's message catalogue and no raw code outside what is marked as
 * another language (quotes, titles). The editor's pages are read logged in, after an editor has
 * changed a field and a status, so the audit log and corrections lines have something to say.
 */
describe('rendered pages speak one language', () => {
	let s: EditorServer;
	let browser: Browser;
	let cookie: string;
	const paths: Record<string, string> = {};

	beforeAll(async () => {
		s = await startDemoServer();
		cookie = await logIn(s);
		browser = await launchBrowser();
		const editor = await (await contextIn('en')).newPage();
		// The item with most sources has quotes to split off.
		await editor.goto(`${s.base}/commitments?sort=sources`);
		const itemId = /\/commitments\/(\d+)/.exec(
			(await editor.locator('table a[href^="/commitments/"]').first().getAttribute('href'))!
		)![1]!;
		await editor.goto(`${s.base}/editor/items/${itemId}`);
		const fields = editor.locator('form[action="?/edit"]');
		await fields.locator('input[name="deadline"]').fill('2031-12-31');
		await fields.getByRole('button').click();
		await editor.waitForURL(/saved=fields/);
		const status = editor.locator('form[action="?/status"]');
		await status.locator('select[name="toStatus"]').selectOption('in_progress');
		await status
			.locator('textarea[name="reason"]')
			.fill('The scan needs one change of status by an editor.');
		await status.locator('input[name="evidenceMentionId"]').nth(1).check();
		await status.getByRole('button').click();
		await editor.waitForURL(/saved=status/);
		await editor.locator('form[action="?/split"]').first().getByRole('button').click();
		await editor.waitForURL(/saved=split-/);
		const splitId = /\/editor\/items\/(\d+)/.exec(editor.url())![1]!;
		await editor.context().close();

		const articles = await getPage(s, '/articles', cookie);
		Object.assign(paths, {
			home: '/',
			item: `/commitments/${itemId}`,
			'split item': `/commitments/${splitId}`,
			article: `/articles/${/href="\/articles\/(\d+)"/.exec(articles.body)![1]!}`,
			trade: '/trade',
			entities: '/entities',
			corrections: '/corrections',
			methodology: '/methodology',
			queue: '/editor',
			'item editor': `/editor/items/${itemId}`,
			audit: '/editor/audit'
		});
	}, 300_000);
	afterAll(async () => {
		await browser?.close();
		await s?.stop();
	});

	async function contextIn(locale: 'vi' | 'en'): Promise<BrowserContext> {
		const context = await browser.newContext();
		const [name, value] = cookie.split('=') as [string, string];
		await context.addCookies([
			{ name: 'PARAGLIDE_LOCALE', value: locale, url: s.base },
			{ name, value, url: s.base }
		]);
		return context;
	}

	for (const locale of ['vi', 'en'] as const) {
		it(`${locale}: no string of the other language and no raw code on any main page`, async () => {
			const context = await contextIn(locale);
			const page = await context.newPage();
			const all: (LanguageFinding & { page: string })[] = [];
			for (const [name, path] of Object.entries(paths)) {
				expect((await page.goto(s.base + path))?.status(), path).toBe(200);
				expect(await page.locator('html').getAttribute('lang')).toBe(locale);
				for (const f of await scanPage(page, locale)) all.push({ ...f, page: name });
			}
			await context.close();
			expect(all).toEqual([]);
		}, 120_000);
	}
});
