import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp, visit } from './helpers/app';
import { screenshot } from './helpers/browser';

interface Card {
	proposal: string;
	kind: string;
	item: number | null;
	into: number | null;
	quote: string | null;
}

/** The queue as an editor reads it: each card's kind, the item it names, what it may merge into, its quote. */
async function queueCards(page: Page): Promise<Card[]> {
	await visit(page, '/editor');
	return page.locator('article.card.proposal').evaluateAll((cards) =>
		cards.map((c) => {
			const idIn = (a: Element | null | undefined) => {
				const m = /\/editor\/items\/(\d+)/.exec(a?.getAttribute('href') ?? '');
				return m ? Number(m[1]) : null;
			};
			const restate = [...c.querySelectorAll('p')].find((p) =>
				p.textContent?.includes('This may restate another item')
			);
			return {
				proposal: c.id,
				kind: c.querySelector('h2 .badge')?.textContent?.trim() ?? '',
				item: idIn(c.querySelector('h2 a')),
				into: idIn(restate?.querySelector('a')),
				quote: c.querySelector('blockquote .quote')?.textContent?.trim() ?? null
			};
		})
	);
}

/** The quotes an item has now, as the public API lists them. */
async function quotesOf(base: string, id: number): Promise<string[] | 'gone'> {
	const res = await fetch(`${base}/api/commitments/${id}`, { redirect: 'manual' });
	if (res.status !== 200) return 'gone';
	const body = (await res.json()) as { mentions: { quote: string }[] };
	return body.mentions.map((m) => m.quote.trim());
}

/**
 * #16 "Merges and splits never leave duplicate cards": after an editor merges an item that has
 * open proposals into another, and splits a quote with an open proposal off its item, every card
 * in the queue names a live item, each item has at most one "new item" card, no card asks to
 * merge an item into itself or into one that is gone, and a card's quote is one of its item's.
 */
describe('the review queue after merges and splits', () => {
	const s = useApp();

	it('shows no duplicate or dangling card', async () => {
		const page = await s.newPage({ locale: 'en', editor: true });
		const before = await queueCards(page);
		const newItemCards = before.filter((c) => c.kind === 'New item' && c.item !== null);
		const withOthers = (id: number) => before.filter((c) => c.item === id).length;
		// The item merged away has more open cards than just its own "new item" one where possible.
		const [source, target] = [...newItemCards]
			.sort((a, b) => withOthers(b.item!) - withOthers(a.item!))
			.map((c) => c.item!)
			.filter((id, i, all) => all.indexOf(id) === i);
		expect(source && target, JSON.stringify(before.slice(0, 20))).toBeTruthy();

		await visit(page, `/editor/items/${source}?merge_into=${target}#merge`);
		await page.getByRole('button', { name: `Merge into #${target}` }).click();
		await page.waitForURL(/saved=merged-/);

		// A quote with an open card of its own, on an item with another quote to keep.
		let split: { item: number; quote: string } | null = null;
		for (const c of await queueCards(page)) {
			if (!c.item || !c.quote || c.item === target) continue;
			const quotes = await quotesOf(s.base, c.item);
			if (quotes !== 'gone' && quotes.length > 1 && quotes.includes(c.quote)) {
				split = { item: c.item, quote: c.quote };
				break;
			}
		}
		expect(split, 'a quote with a card on an item of several quotes').not.toBeNull();
		await visit(page, `/editor/items/${split!.item}`);
		await page
			.locator('li', { hasText: split!.quote.slice(0, 60) })
			.getByRole('button', { name: 'Split into a new item' })
			.click();
		await page.waitForURL(/saved=split-/);
		const splitOff = Number(/\/editor\/items\/(\d+)/.exec(page.url())![1]);

		const after = await queueCards(page);
		await visit(page, '/editor');
		await screenshot(page, 'queue-after-merge-split');
		const problems: string[] = [];
		const seenNew = new Set<number>();
		for (const c of after) {
			if (c.item === source) problems.push(`${c.proposal} names #${source}, merged away`);
			if (c.kind === 'New item' && c.item !== null) {
				if (seenNew.has(c.item))
					problems.push(`${c.proposal}: a second "new item" card for #${c.item}`);
				seenNew.add(c.item);
			}
			if (c.into !== null && (c.into === c.item || c.into === source))
				problems.push(`${c.proposal} asks to merge #${c.item} into #${c.into}`);
			if (c.item !== null && c.quote) {
				const quotes = await quotesOf(s.base, c.item);
				if (quotes === 'gone') problems.push(`${c.proposal} names #${c.item}, which is gone`);
				else if (!quotes.includes(c.quote))
					problems.push(`${c.proposal} (${c.kind}) shows a quote #${c.item} no longer has`);
			}
		}
		expect(problems).toEqual([]);
		expect(s.errors(page)).toEqual([]);

		// What readers see of the two decisions, for a look in both languages.
		for (const locale of ['vi', 'en'] as const) {
			const reader = await s.newPage({ locale });
			await visit(reader, '/corrections');
			await screenshot(reader, `corrections-after-merge-split-${locale}`);
			await visit(reader, `/commitments/${splitOff}`);
			await screenshot(reader, `timeline-split-item-${locale}`);
			await visit(reader, `/commitments/${target}`);
			await screenshot(reader, `timeline-merge-target-${locale}`);
		}
	}, 240_000);

	it('a new sector and kind chosen on the review card are told in the corrections log, in both languages', async () => {
		const page = await s.newPage({ locale: 'en', editor: true });
		const card = (await queueCards(page)).find((c) => c.kind === 'New item' && c.item !== null);
		expect(card, 'an open "new item" card').toBeTruthy();
		const form = page.locator(`article#${card!.proposal}`);
		await form.getByText('Edit before deciding').click();
		const sector = form.getByLabel('Sector');
		const kind = form.getByLabel('Kind of pledge');
		const [oldSector, oldKind] = [await sector.inputValue(), await kind.inputValue()];
		const newSector = oldSector === 'energy' ? 'education' : 'energy';
		const newKind = oldKind === 'project' ? 'programme' : 'project';
		await sector.selectOption(newSector);
		await kind.selectOption(newKind);
		await form.getByRole('button', { name: 'Accept' }).click();
		await page.waitForURL(/done=/);

		const lineOf = async (locale: 'vi' | 'en') => {
			const reader = await s.newPage({ locale });
			await visit(reader, '/corrections');
			return reader
				.locator('li', { has: reader.locator(`a[href="/commitments/${card!.item}"]`) })
				.innerText();
		};
		const sectorName = { energy: ['Năng lượng', 'Energy'], education: ['Giáo dục', 'Education'] };
		const kindName = { project: ['Dự án', 'Project'], programme: ['Chương trình', 'Programme'] };
		const [en, vi] = [await lineOf('en'), await lineOf('vi')];
		expect(en).toMatch(
			new RegExp(
				`Corrected Sector: “[^”]+” → “${sectorName[newSector][1]}”; Kind: “[^”]+” → “${kindName[newKind][1]}”\\.`
			)
		);
		expect(vi).toMatch(
			new RegExp(
				`Đã sửa Lĩnh vực: “[^”]+” → “${sectorName[newSector][0]}”; Loại: “[^”]+” → “${kindName[newKind][0]}”\\.`
			)
		);
	});

	it('a new title accepted on the review card is told in the corrections log, each title marked with its language', async () => {
		const page = await s.newPage({ locale: 'en', editor: true });
		const card = (await queueCards(page)).find((c) => c.kind === 'New item' && c.item !== null);
		expect(card, 'an open "new item" card').toBeTruthy();
		const form = page.locator(`article#${card!.proposal}`);
		await form.getByText('Edit before deciding').click();
		const title = form.locator('input[name="title"]');
		const old = (await title.getAttribute('placeholder'))!;
		const better = 'Xây dựng cầu hữu nghị mới qua sông Mê Kông';
		await title.fill(better);
		await form.getByRole('button', { name: 'Accept' }).click();
		await page.waitForURL(/done=/);

		const line = async (locale: 'vi' | 'en') => {
			const reader = await s.newPage({ locale });
			await visit(reader, '/corrections');
			await screenshot(reader, `corrections-retitled-${locale}`);
			return reader
				.locator('li', { has: reader.locator(`a[href="/commitments/${card!.item}"]`) })
				.first();
		};
		const en = await line('en');
		expect(await en.innerText()).toContain(`Item #${card!.item} retitled: “${old}” → “${better}”.`);
		// The Vietnamese titles inside the English sentence are marked as Vietnamese, nothing else is.
		expect(await en.locator('[lang="vi"]').allInnerTexts()).toEqual([old, better]);
		const vi = await line('vi');
		expect(await vi.innerText()).toContain(
			`Đổi tiêu đề mục #${card!.item}: “${old}” → “${better}”.`
		);
	});
});
