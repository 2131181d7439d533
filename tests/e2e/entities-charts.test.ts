import { describe, expect, it } from 'vitest';
import { DESKTOP, screenshot } from './helpers/browser';
import { useApp } from './helpers/app';

/** Entities a reader can follow, aliases that fit, charts that say when they have nothing, links that read. */
describe('entities, empty charts and link underlines', () => {
	const server = useApp();
	const get = async (p: string) => (await fetch(server.base + p)).text();

	it('filters the list by an entity typed by name, in part, or by slug, without a menu of every entity', async () => {
		const bySlug = await get('/commitments?entity=hanoi-vientiane-expressway');
		const rows = (html: string) =>
			[...html.matchAll(/<a href="\/commitments\/(\d+)"/g)].map((m) => m[1]);
		expect(rows(bySlug).length).toBeGreaterThan(0);
		// The field shows the entity found, in the page's language; no <option> per entity is sent.
		expect(bySlug).toMatch(/<input[^>]*id="f-entity"[^>]*value="Đường cao tốc Hà Nội–Vientiane"/);
		expect(bySlug).not.toContain('<option value="hanoi-vientiane-expressway"');
		// Typed without diacritics, in part: the same entity and the same items.
		const typed = await get('/commitments?entity=' + encodeURIComponent('cao toc ha noi'));
		expect(typed).toMatch(/<input[^>]*id="f-entity"[^>]*value="Đường cao tốc Hà Nội–Vientiane"/);
		expect(rows(typed)).toEqual(rows(bySlug));
		const whole = await get('/commitments');
		expect(rows(whole).length).toBeGreaterThanOrEqual(rows(bySlug).length);
		// A name that matches nothing narrows to nothing, and is kept in the field to correct.
		const none = await get('/commitments?entity=' + encodeURIComponent('no such <project>'));
		expect(rows(none)).toEqual([]);
		expect(none).toContain('value="no such &lt;project>"');
	});

	it('marks entities with no commitments yet on the entities page', async () => {
		const html = await get('/entities');
		const row =
			/<tr[^>]*>(?:(?!<\/tr>)[\s\S])*\/entities\/vung-ang-port(?:(?!<\/tr>)[\s\S])*<\/tr>/.exec(
				html
			)?.[0] ?? '';
		expect(row).toContain('chưa có cam kết nào');
		expect(row).not.toMatch(/class="num">0</);
	});

	it('shows at most five aliases, the rest behind a disclosure', async () => {
		const page = await server.newPage({ viewport: DESKTOP });
		await page.goto(`${server.base}/entities/hanoi-vientiane-expressway`);
		const shown = (await page.locator('p.aliases').innerText())
			.replace(/^[^:]*:\s*/, '')
			.split(' · ');
		expect(shown).toHaveLength(5);
		const more = page.locator('header details');
		expect(await more.getAttribute('open')).toBeNull();
		expect(await more.locator('summary').innerText()).toMatch(/Các tên gọi khác \(\d+\)/);
		await screenshot(page, 'entity-aliases');
	});

	it('a chart with no data says "no data yet" instead of drawing bare axes', async () => {
		const html = await get('/?as_of=2000-01-01');
		expect(html).toContain('Chưa có dữ liệu');
		expect(html).not.toContain('<canvas');
		// With data, the charts are drawn as before.
		expect(await get('/')).toContain('<canvas');
	});

	it('underlines links below the marks under Vietnamese letters', async () => {
		const page = await server.newPage({ viewport: DESKTOP });
		await page.goto(`${server.base}/commitments`);
		const style = await page
			.locator('main table a')
			.first()
			.evaluate((a) => {
				const s = getComputedStyle(a);
				return {
					offset: s.textUnderlineOffset,
					skip: s.textDecorationSkipInk,
					line: s.textDecorationLine
				};
			});
		expect(style.line).toBe('underline');
		expect(style.offset).not.toBe('auto');
		expect(parseFloat(style.offset)).toBeGreaterThan(2);
		expect(style.skip).toBe('auto');
	});

	it('feeds take ?lang=vi|en, whatever the cookie says, and word their summaries in that language', async () => {
		const en = await (
			await fetch(`${server.base}/feed.xml?lang=en`, {
				headers: { cookie: 'PARAGLIDE_LOCALE=vi' }
			})
		).text();
		expect(en).toContain('xml:lang="en"');
		expect(en).toContain('<summary>New item: ');
		const vi = await (
			await fetch(`${server.base}/feed.xml?lang=vi`, {
				headers: { cookie: 'PARAGLIDE_LOCALE=en' }
			})
		).text();
		expect(vi).toContain('xml:lang="vi"');
		expect(vi).toContain('<summary>Mục mới: ');
		expect(vi).not.toContain('New item');
		// The site's own links to its feeds say which language the reader was reading in.
		expect(await get('/')).toContain('href="/feed.xml?lang=vi"');
	});

	it('an English reader sees an item’s English title, the Vietnamese one marked as such', async () => {
		const list = (await (await fetch(`${server.base}/api/commitments?page_size=200`)).json()) as {
			items: { id: number; title: string; titleEn: string | null }[];
		};
		const item = list.items.find((i) => i.titleEn);
		expect(item, 'the seeds give some item an English title').toBeDefined();
		const html = await (
			await fetch(`${server.base}/commitments/${item!.id}`, {
				headers: { cookie: 'PARAGLIDE_LOCALE=en' }
			})
		).text();
		expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe(item!.titleEn!.replace(/&/g, '&amp;'));
		expect(html).toMatch(
			new RegExp(
				`<p class="muted[^"]*" lang="vi">${item!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</p>`
			)
		);
		const feed = await (
			await fetch(`${server.base}/commitments/${item!.id}/feed.xml?lang=en`)
		).text();
		expect(feed).toContain(item!.titleEn!);
	});
});
