import { beforeAll, describe, expect, it } from 'vitest';
import { getPage, logIn, postForm } from './editor-server';
import { useApp, visit } from './helpers/app';
import { DESKTOP, screenshot } from './helpers/browser';

/** A reader finds the corrections log from any page and reports a mistake; an editor sees it in the queue. */
describe('corrections are public, and readers can report an error', () => {
	const s = useApp();
	let itemPath: string;
	let articlePath: string;

	beforeAll(async () => {
		const list = await (await fetch(`${s.base}/commitments`)).text();
		itemPath = /href="(\/commitments\/\d+)"/.exec(list)![1]!;
		const arts = await (await fetch(`${s.base}/articles`)).text();
		articlePath = /href="(\/articles\/\d+)"/.exec(arts)![1]!;
	});

	it('links the corrections log from the main navigation and the footer of every page', async () => {
		for (const p of ['/', itemPath, articlePath]) {
			const html = await (await fetch(s.base + p)).text();
			expect(html.match(/<a href="\/corrections"/g)?.length, p).toBeGreaterThanOrEqual(2);
		}
	});

	it('a reader reports an error on an item in Vietnamese, and it waits in the editors’ queue with the note', async () => {
		const page = await s.newPage({ viewport: DESKTOP });
		await visit(page, itemPath);
		await page.getByText('Báo lỗi', { exact: true }).click();
		const note = 'Hạn chót ghi năm 2030 nhưng bài báo nói năm 2028.';
		await page.getByLabel('Điều gì sai, và đúng ra là gì?').fill(note);
		await page.getByRole('button', { name: 'Gửi báo lỗi' }).click();
		await page.getByText('Cảm ơn bạn. Báo lỗi đã vào hàng chờ').waitFor();
		expect(page.url()).toBe(s.base + itemPath);
		await screenshot(page, 'report-sent');

		const cookie = await logIn(s);
		const queue = await getPage(s, '/editor?kind=report', cookie);
		expect(queue.body).toContain("Reader's report");
		expect(queue.body).toContain(note);
		expect(queue.body).toContain(`href="/editor/items/${itemPath.split('/').pop()}"`);
	});

	it('reports on an article too, and ignores a bot that fills the hidden field', async () => {
		const id = articlePath.split('/').pop()!;
		const ok = await postForm(s.base, '/report', {
			target: 'article',
			id,
			note: 'The date of this article is a day late.',
			website: '',
			back: articlePath
		});
		expect(ok.status).toBe(200);
		expect(await ok.text()).toContain('Your report is in the editors');
		const bot = await postForm(s.base, '/report', {
			target: 'article',
			id,
			note: 'Cheap watches at a great price, click here!',
			website: 'http://spam.example',
			back: articlePath
		});
		expect(bot.status).toBe(200);
		const queue = await getPage(s, '/editor?kind=report', await logIn(s));
		expect(queue.body).toContain('The date of this article is a day late.');
		expect(queue.body).not.toContain('Cheap watches');
	});

	it('a too-short note is refused on the page in the reader’s language, keeping what was typed', async () => {
		const page = await s.newPage({ viewport: DESKTOP });
		await visit(page, articlePath);
		await page.getByText('Báo lỗi', { exact: true }).click();
		// The browser's own minlength check is bypassed, as a script or an old browser would.
		await page.locator('textarea[name=note]').evaluate((el) => el.removeAttribute('minlength'));
		await page.getByLabel('Điều gì sai, và đúng ra là gì?').fill('sai');
		await page.getByRole('button', { name: 'Gửi báo lỗi' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').innerText()).toContain('Hãy viết ít nhất 10 ký tự');
		expect(await page.getByLabel('Điều gì sai, và đúng ra là gì?').inputValue()).toBe('sai');
	});
});
