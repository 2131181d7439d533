import { beforeAll, describe, expect, it } from 'vitest';
import { getPage, logIn } from './editor-server';
import { useApp, visit } from './helpers/app';
import { scanPage, scanTexts, type LanguageFinding } from './helpers/language-scan';

const ADMIN = { email: 'scan-admin@example.org', password: 'Quartz-Pelican-Harbour-2026' };
const EDITOR_REASON = 'The scan needs one change of status by an editor.';

const decodeXml = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

/**
 * One language at a time (#16): every main page, read in Vietnamese and then in English, shows
 * no piece of the other language's message catalogue and no raw code outside what is marked as
 * another language (quotes, titles). The editor's pages are read logged in, after an editor has
 * changed a field and a status, so the audit log and corrections lines have something to say.
 */
describe('rendered pages speak one language', () => {
	const s = useApp({ admin: ADMIN });
	const paths: Record<string, string> = {};
	const adminPaths: Record<string, string> = { admin: '/admin', 'admin feeds': '/admin/feeds' };
	const feeds: Record<string, string> = {};
	/** The linker's own English notes on the items it turned down: data for debugging, shown on no page. */
	const linkerNotes = new Set<string>();

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
		await status.locator('textarea[name="reason"]').fill(EDITOR_REASON);
		await status.locator('input[name="evidenceMentionId"]').nth(1).check();
		await status.getByRole('button').click();
		await editor.waitForURL(/saved=status/);
		await editor.locator('form[action="?/split"]').first().getByRole('button').click();
		await editor.waitForURL(/saved=split-/);
		const splitId = /\/editor\/items\/(\d+)/.exec(editor.url())![1]!;

		const list = (await (await fetch(`${s.base}/api/commitments?page_size=200`)).json()) as {
			items: { id: number }[];
		};
		for (const { id } of list.items) {
			const detail = (await (await fetch(`${s.base}/api/commitments/${id}`)).json()) as {
				mentions: { linkReason: { rejected?: { why: string }[] } }[];
			};
			for (const mention of detail.mentions)
				for (const r of mention.linkReason.rejected ?? []) linkerNotes.add(r.why);
		}

		const articles = await getPage(s, '/articles');
		const entities = await getPage(s, '/entities');
		Object.assign(feeds, {
			site: '/feed.xml',
			item: `/commitments/${itemId}/feed.xml`,
			'split item': `/commitments/${splitId}/feed.xml`
		});
		Object.assign(paths, {
			articles: '/articles',
			entity: `/entities/${/href="\/entities\/([^"?#]+)"/.exec(entities.body)![1]!}`,
			import: '/editor/import',
			account: '/editor/account',
			stats: '/editor/stats',
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
			// The seeds leave at least one such note ("same unit and scope, different value or year").
			expect(linkerNotes.size).toBeGreaterThan(0);
			for (const [name, path] of Object.entries(paths)) {
				expect((await page.goto(path))?.status(), path).toBe(200);
				expect(await page.locator('html').getAttribute('lang')).toBe(locale);
				for (const f of await scanPage(page, locale)) all.push({ ...f, page: name });
				const text = await page.locator('body').innerText();
				for (const note of linkerNotes)
					if (text.includes(note)) all.push({ kind: 'english', found: note, in: path, page: name });
			}
			const admin = await s.newPage({ locale });
			const [name, value] = (await logIn({ base: s.base, ...ADMIN })).split('=') as [
				string,
				string
			];
			await admin.context().addCookies([{ name, value, url: s.base }]);
			for (const [name, path] of Object.entries(adminPaths)) {
				expect((await admin.goto(path))?.status(), path).toBe(200);
				for (const f of await scanPage(admin, locale)) all.push({ ...f, page: name });
			}
			expect(all).toEqual([]);
		}, 180_000);

		it(`${locale}: the Atom feeds with ?lang=${locale} speak it, item titles aside`, async () => {
			const all: (LanguageFinding & { page: string })[] = [];
			const titles = new Map<string, string>();
			const titleOf = async (id: string) => {
				if (!titles.has(id)) {
					const item = (await (await fetch(`${s.base}/api/commitments/${id}`)).json()) as {
						item: { title: string; titleEn: string | null };
					};
					titles.set(id, (locale === 'en' && item.item.titleEn) || item.item.title);
				}
				return titles.get(id)!;
			};
			for (const [name, path] of Object.entries(feeds)) {
				// A Vietnamese cookie must not win over the address's language, nor an English one.
				const res = await fetch(`${s.base}${path}?lang=${locale}`, {
					headers: { cookie: `PARAGLIDE_LOCALE=${locale === 'vi' ? 'en' : 'vi'}` }
				});
				expect(res.status, path).toBe(200);
				const xml = await res.text();
				expect(xml).toContain(`xml:lang="${locale}"`);
				const texts: string[] = [];
				const feedTitle = decodeXml(/<title>([^<]*)<\/title>/.exec(xml)![1]!);
				const ownItem = /\/commitments\/(\d+)\/feed\.xml/.exec(path)?.[1];
				texts.push(ownItem ? feedTitle.replace(await titleOf(ownItem), '') : feedTitle);
				const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((e) => e[1]!);
				expect(entries.length, path).toBeGreaterThan(0);
				for (const entry of entries) {
					const id = /\/commitments\/(\d+)/.exec(entry)![1]!;
					const title = decodeXml(/<title>([^<]*)<\/title>/.exec(entry)![1]!);
					const shown = await titleOf(id);
					// The title in the feed's language where the item has one; it is a name, not scanned.
					expect(title, `${path} #${id}`).toContain(shown);
					texts.push(title.replace(shown, ''));
					const summary = decodeXml(/<summary>([^<]*)<\/summary>/.exec(entry)![1]!);
					// What was quoted (“…”) and what the editor typed stay as written.
					texts.push(
						summary
							.replace(shown, '')
							.replace(/“[^”]*”/g, '')
							.replace(EDITOR_REASON, '')
					);
				}
				for (const f of scanTexts(texts, locale)) all.push({ ...f, page: name });
			}
			expect(all).toEqual([]);
		});
	}
});
