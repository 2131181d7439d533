import { describe, expect, it } from 'vitest';
import { DESKTOP } from './helpers/browser';
import { useApp } from './helpers/app';

/** The commitments list as a reader meets it: a stale page number, a filter form, a sort. */
describe('the commitments list: pager, filter URL, sort column', () => {
	const server = useApp();

	it('a page past the end shows the last page and says so, never "2451–31 of 31"', async () => {
		const page = await server.newPage({ viewport: DESKTOP, locale: 'en' });
		await page.goto(`${server.base}/commitments?page=99`);
		const summary = await page.locator('.summary').innerText();
		const range = /Showing (\d+)–(\d+) of (\d+)/.exec(summary);
		expect(range, summary).not.toBeNull();
		const [from, to, total] = range!.slice(1).map(Number) as [number, number, number];
		expect(from).toBeLessThanOrEqual(to);
		expect(to).toBe(total);
		expect(summary).toContain('There is no page 99');
		expect(await page.locator('tbody tr').count()).toBe(to - from + 1);
	});

	it('leaves blank filter fields out of the URL and marks the sorted column', async () => {
		const page = await server.newPage({ viewport: DESKTOP });
		await page.goto(`${server.base}/commitments`);
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Lĩnh vực').selectOption('infrastructure');
		await page.getByLabel('Sắp xếp').selectOption('first_mentioned');
		await page.getByRole('button', { name: 'Lọc' }).click();
		await page.waitForURL(/sector=infrastructure/);
		const params = [...new URL(page.url()).searchParams.keys()];
		expect(params.sort()).toEqual(['sector', 'sort']);
		// The table shows the date it is sorted by, and says that it is sorted by it.
		const sorted = page.locator('th[aria-sort]');
		expect(await sorted.count()).toBe(1);
		expect(await sorted.innerText()).toContain('Nhắc lần đầu');
		expect(await sorted.getAttribute('aria-sort')).toBe('descending');
	});

	it('splits the list into deliverables and policy lines, with the count of each beside its filter', async () => {
		const page = await server.newPage({ viewport: DESKTOP, locale: 'en' });
		const countOf = async (name: string) =>
			Number(
				await page
					.getByRole('navigation', { name: 'Items by kind' })
					.getByRole('link', { name: new RegExp(`^${name} \\d+$`) })
					.locator('.count')
					.innerText()
			);
		const shown = async () =>
			Number(/^(\d+)/.exec(await page.locator('.summary strong').innerText())![1]);
		await page.goto(`${server.base}/commitments`);
		const [all, deliverables, policy] = [
			await countOf('All items'),
			await countOf('With a deliverable'),
			await countOf('Policy line')
		];
		expect(deliverables).toBeGreaterThan(0);
		expect(policy).toBeGreaterThan(0);
		expect(all).toBe(deliverables + policy);
		expect(all).toBe(await shown());
		expect(
			(await countOf('Target')) + (await countOf('Project')) + (await countOf('Programme'))
		).toBe(deliverables);

		await page.waitForLoadState('networkidle');
		await page.getByLabel('Kind', { exact: true }).selectOption('policy');
		await page.getByRole('button', { name: 'Apply' }).click();
		await page.waitForURL(/kind=policy/);
		expect([...new URL(page.url()).searchParams.keys()]).toEqual(['kind']);
		expect(await shown()).toBe(policy);
		const kindCells = await page.locator('tbody td .kind').allInnerTexts();
		expect(kindCells).toHaveLength(policy);
		expect(new Set(kindCells)).toEqual(new Set(['Policy line']));

		await page
			.getByRole('navigation', { name: 'Items by kind' })
			.getByRole('link', { name: /^With a deliverable/ })
			.click();
		await page.waitForURL(/kind=deliverable/);
		expect(await shown()).toBe(deliverables);
		expect(await page.locator('tbody td .kind', { hasText: 'Policy line' }).count()).toBe(0);

		// A kind nobody offered is dropped, not an error: the whole list.
		await page.goto(`${server.base}/commitments?kind=promise`);
		expect(await shown()).toBe(all);
	});

	it('sends a URL with blank fields on to the same list without them, without JavaScript too', async () => {
		const res = await fetch(
			`${server.base}/commitments?q=&sector=energy&status=&entity=&year=&sort=title&order=`,
			{ redirect: 'manual' }
		);
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/commitments?sector=energy&sort=title');
	});
});
