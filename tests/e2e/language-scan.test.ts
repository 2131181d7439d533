import { beforeAll, describe, expect, it } from 'vitest';
import { getPage } from './editor-server';
import { useApp, visit } from './helpers/app';
import { scanPage, type LanguageFinding } from './helpers/language-scan';

/**
 * One language at a time (#16): every main page, read in Vietnamese and then in English, shows
 * no piece of the other language's message catalogue and no raw code outside what is marked as
 * another language (quotes, titles). The editor's pages are read logged in, after an editor has
 * changed a field and a status, so the audit log and corrections lines have something to say.
 */
describe('rendered pages speak one language', () => {
	const s = useApp();
	const paths: Record<string, string> = {};

	beforeAll(async () => {
		const editor = await s.newPage({ locale: 'en', editor: true });
		// The item with most sources has quotes to split off.
		await editor.goto('/commitments?sort=sources');
		const itemId = /\/commitments\/(\d+)/.exec(
			(await editor.locator('table a[href^="/commitments/"]').first().getAttribute('href'))!
		)![1]!;
		await visit(editor, `/editor/items/${itemId}`);
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

		const articles = await getPage(s, '/articles');
		Object.assign(paths, {
			home: '/',
			list: '/commitments',
			'list of deliverables': '/commitments?kind=deliverable',
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
	for (const locale of ['vi', 'en'] as const) {
		it(`${locale}: no string of the other language and no raw code on any main page`, async () => {
			const page = await s.newPage({ locale, editor: true });
			const all: (LanguageFinding & { page: string })[] = [];
			for (const [name, path] of Object.entries(paths)) {
				expect((await page.goto(path))?.status(), path).toBe(200);
				expect(await page.locator('html').getAttribute('lang')).toBe(locale);
				for (const f of await scanPage(page, locale)) all.push({ ...f, page: name });
			}
			expect(all).toEqual([]);
		}, 120_000);
	}
});
