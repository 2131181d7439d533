import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPage } from './editor-server';
import { useApp, visit } from './helpers/app';
import { screenshot } from './helpers/browser';

/**
 * Editor forms as an editor meets them (#16): a refused form shows its problem where the editor
 * is looking, with the cursor on the field to fix and nothing typed lost; target amounts may be
 * typed as people write them and are read back before saving.
 */
describe('editor forms in the browser', () => {
	const s = useApp();
	let itemId: string;

	beforeAll(async () => {
		const items = await getPage(s, '/editor/items', await s.editorCookie());
		itemId = /href="\/editor\/items\/(\d+)"/.exec(items.body)![1]!;
	});
	const editorPage = (locale: 'vi' | 'en') =>
		s.newPage({ locale, editor: true, viewport: { width: 1280, height: 900 } });

	/** The focused element's name, and whether it is on screen. */
	const focused = (page: Page) =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			const box = el?.getBoundingClientRect();
			return {
				name: el?.getAttribute('name') ?? null,
				inEvidence: !!el?.closest('[data-field="evidence"]'),
				onScreen: !!box && box.top >= 0 && box.bottom <= window.innerHeight
			};
		});

	it('a refused status change: the cursor lands on the evidence, the old “saved” goes, the reason stays', async () => {
		const page = await editorPage('en');
		await visit(page, `/editor/items/${itemId}`);
		const fields = page.locator('form[action="?/edit"]');
		await fields.locator('input[name="deadline"]').fill('2030-01-31');
		await fields.getByRole('button', { name: 'Save fields' }).click();
		await page.getByText('Saved (fields)').waitFor();

		const status = page.locator('form[action="?/status"]');
		await status.locator('select[name="toStatus"]').selectOption('in_progress');
		const reason = 'Works started, according to the provincial office.';
		await status.locator('textarea[name="reason"]').fill(reason);
		// No quote, link or note: the server refuses for want of evidence.
		await status.getByRole('button', { name: 'Change status' }).click();
		await page.locator('#problem-status').waitFor();
		expect(await page.getByText('Saved (fields)').count()).toBe(0);
		expect(await focused(page)).toMatchObject({ inEvidence: true, onScreen: true });
		expect(await status.locator('textarea[name="reason"]').inputValue()).toBe(reason);
		expect(await status.locator('select[name="toStatus"]').inputValue()).toBe('in_progress');
	});

	it('a refused review card opens its edits, focuses the title and keeps it; the stale banner goes', async () => {
		const page = await editorPage('en');
		await visit(page, '/editor?kind=new_item');
		const first = page.locator('article.proposal').first();
		await first.getByRole('button', { name: 'Accept' }).click();
		await page.getByText(/^Saved: item #\d+, proposal #\d+ accepted/).waitFor();

		const card = page.locator('article.proposal').first();
		const cardId = await card.getAttribute('id');
		await card.locator('summary').click();
		const long = 'A title far longer than any title should be. '.repeat(8);
		await card.locator('input[name="title"]').fill(long);
		await card.getByRole('button', { name: 'Accept' }).click();
		await page.locator(`#problem-${cardId}`).waitFor();
		expect(await page.getByText(/^Saved: item #\d+, proposal #\d+ accepted/).count()).toBe(0);
		expect(await focused(page)).toMatchObject({ name: 'title', onScreen: true });
		expect(await page.locator(`#${cardId} input[name="title"]`).inputValue()).toBe(long);
		await screenshot(page, 'forms-queue-refused');
	});

	it('after a decision the queue stays where the editor was and names the item on the card', async () => {
		const page = await editorPage('en');
		await visit(page, '/editor?kind=new_item');
		const cards = page.locator('article.proposal');
		const third = cards.nth(2);
		const item = /#(\d+)/.exec((await third.locator('h2 a').textContent())!)![1]!;
		const fourth = (await cards.nth(3).getAttribute('id'))!;
		await third.getByRole('button', { name: 'Accept' }).click();
		const banner = page.getByText(new RegExp(`^Saved: item #${item}, proposal #\\d+ accepted`));
		await banner.waitFor();
		expect(page.url()).toMatch(new RegExp(`#${fourth}$`));
		// The line stands right above the card that followed, and that card is on screen.
		expect(await banner.evaluate((el) => el.nextElementSibling?.getAttribute('id') ?? null)).toBe(
			fourth
		);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		expect(
			await page
				.locator(`#${fourth}`)
				.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)
		).toBe(true);
		expect(page.url()).toContain('kind=new_item');
	});

	it('merges with eyes open: finds the item to keep by title, shows both side by side, then confirms', async () => {
		const page = await editorPage('en');
		await visit(page, '/editor/items');
		const links = page.locator('table a[href^="/editor/items/"]');
		const count = await links.count();
		const fromId = /\d+$/.exec((await links.nth(count - 1).getAttribute('href'))!)![0];
		const keep = links.nth(count - 2);
		const keepId = /\d+$/.exec((await keep.getAttribute('href'))!)![0];
		const keepTitle = (await keep.textContent())!.trim();

		await visit(page, `/editor/items/${fromId}`);
		const merge = page.locator('#merge');
		// Two words of the title, as an editor remembers it.
		await merge
			.getByLabel('Find the item to keep by its title')
			.fill(keepTitle.split(' ').slice(0, 2).join(' '));
		await merge.getByRole('button', { name: 'Find' }).click();
		await merge.getByRole('link', { name: `#${keepId} ${keepTitle}` }).click();
		const table = merge.locator('table.side-by-side');
		await table.waitFor();
		const text = await table.innerText();
		expect(text).toContain(`This item (will be hidden) #${fromId}`);
		expect(text).toContain(`Item kept #${keepId}`);
		expect(text).toContain(keepTitle);
		await screenshot(page, 'forms-merge-side-by-side');
		await merge.getByRole('button', { name: `Confirm: merge into #${keepId}` }).click();
		await page.waitForURL(new RegExp(`/editor/items/${keepId}\\?saved=merged-${fromId}`));
	});

	it('attaches an item to a programme by name and detaches it again; an unknown name is refused at the field', async () => {
		const page = await editorPage('en');
		await visit(page, `/editor/items/${itemId}`);
		const section = page.locator('#entities');
		const attached = section.locator('ul.entities li');
		const before = await attached.count();
		const names = await page
			.locator('#entity-names option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		const listed = await attached.allInnerTexts();
		const name = names.find((n) => !listed.some((l) => l.includes(n)))!;

		await section.getByLabel('Attach (name or slug)').fill('No such programme anywhere');
		await section.getByRole('button', { name: 'Attach', exact: true }).click();
		await page.locator('#problem-entity').waitFor();
		expect(await focused(page)).toMatchObject({ name: 'entity', onScreen: true });

		await section.getByLabel('Attach (name or slug)').fill(name);
		await section.getByRole('button', { name: 'Attach', exact: true }).click();
		await page.getByText('Saved (programmes and projects)').waitFor();
		expect(await attached.count()).toBe(before + 1);
		await section.getByRole('button', { name: `Detach “${name}”` }).click();
		await expect.poll(() => attached.count()).toBe(before);
		const audit = await page.locator('table.audit').last().innerText();
		expect(audit).toContain('Attached to a programme or project');
	});

	it('reads target amounts as people write them, shows the reading, and saves the exact number', async () => {
		const vi = await editorPage('vi');
		await visit(vi, `/editor/items/${itemId}`);
		const target = vi.locator('form[action="?/edit"] input[name="targetValue"]');
		const reading = vi.locator('#read-targetValue');
		for (const typed of ['5 tỷ', '5 tỉ USD', '5.000.000.000']) {
			await target.fill(typed);
			await expect.poll(() => reading.textContent()).toContain('5.000.000.000');
		}
		await target.fill('năm tỷ rưỡi');
		await expect.poll(() => reading.textContent()).toContain('Chưa đọc được');

		const en = await editorPage('en');
		await visit(en, `/editor/items/${itemId}`);
		const form = en.locator('form[action="?/edit"]');
		await form.locator('input[name="unit"]').fill('');
		await form.locator('input[name="targetValue"]').fill('5 billion USD');
		await expect
			.poll(() => en.locator('#read-targetValue').textContent())
			.toBe('Will be saved as: 5,000,000,000 (5 bn) USD');
		await screenshot(en, 'forms-item-amount');
		await form.getByRole('button', { name: 'Save fields' }).click();
		await en.getByText('Saved (fields)').waitFor();
		const saved = en.locator('form[action="?/edit"]');
		expect(await saved.locator('input[name="targetValue"]').inputValue()).toBe('5000000000');
		expect(await saved.locator('input[name="unit"]').inputValue()).toBe('USD');
		await en.goto('/corrections');
		await screenshot(en, 'forms-corrections');
	});
});
