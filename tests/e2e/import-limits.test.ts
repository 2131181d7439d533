import { beforeAll, describe, expect, it } from 'vitest';
import { getPage, postForm } from './editor-server';
import { useApp, visit } from './helpers/app';

const MB = 1024 * 1024;

/** An article file of about `bytes` bytes, in our own words. */
function articleOf(bytes: number): Blob {
	const head = ' date 2025-11-02 A long record of river ferry timetables\n\n';
	const paragraph =
		'The district office kept a careful record of ferry crossings on the river during the dry season. ';
	return new Blob([head + paragraph.repeat(Math.ceil((bytes - head.length) / paragraph.length))], {
		type: 'text/plain'
	});
}

/** The import page states one upload limit, and that is the limit the server enforces. */
describe('import limits that hold', () => {
	const s = useApp();
	let cookie: string;

	beforeAll(async () => {
		cookie = await s.editorCookie();
	});

	it('states the limit on the page', async () => {
		const page = await getPage(s, '/editor/import', cookie);
		expect(page.body).toContain('Each upload: up to 200 files, 5 MB in all.');
	});

	it('sends a 6 MB upload back to the import page, which says why in the editor’s language', async () => {
		const form = new FormData();
		form.append('files', articleOf(6 * MB), 'six-mb.txt');
		const res = await postForm(s.base, '/editor/import', form, { cookie });
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/editor/import?too_large=1');
		const english = await getPage(s, res.headers.get('location')!, cookie);
		expect(english.body).toContain('This upload is larger than 5 MB, so nothing was imported.');
		const vietnamese = await fetch(`${s.base}/editor/import?too_large=1`, {
			headers: { cookie }
		}).then((r) => r.text());
		expect(vietnamese).toContain('Lần tải lên này vượt quá 5 MB nên không bài nào được nhập.');
	});

	it('refuses files that add up to more than the limit, even when the body fits the server’s margin', async () => {
		const form = new FormData();
		form.append('files', articleOf(3 * MB), 'part-one.txt');
		form.append('files', articleOf(2.2 * MB), 'part-two.txt');
		const res = await postForm(s.base, '/editor/import', form, { cookie });
		expect(res.status).toBe(413);
		expect(await res.text()).toContain('This upload is larger than 5 MB');
	});

	it('in the browser, a 6 MB file is refused before it is sent, with the message in Vietnamese', async () => {
		const page = await s.newPage({ editor: true });
		await visit(page, '/editor/import');
		const sent: string[] = [];
		page.on('request', (r) => r.method() === 'POST' && sent.push(r.url()));
		await page.locator('input[type=file]').setInputFiles({
			name: 'six-mb.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(await articleOf(6 * MB).arrayBuffer())
		});
		await page.getByRole('button', { name: 'Nhập' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').innerText()).toContain('Lần tải lên này vượt quá 5 MB');
		expect(sent).toEqual([]);
		expect(new URL(page.url()).pathname).toBe('/editor/import');
	});

	// Last: the server then spends a while extracting four megabytes, and the other requests would wait on it.
	it('takes a 4 MB upload', async () => {
		const form = new FormData();
		form.append('files', articleOf(4 * MB), 'four-mb.txt');
		const res = await postForm(s.base, '/editor/import', form, { cookie });
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toMatch(/^\/editor\/import\/\d+$/);
	});
});

describe('import progress', () => {
	const s = useApp();

	it('the progress bar is full once the job is done, after importing from the page', async () => {
		const page = await s.newPage({ editor: true });
		await visit(page, '/editor/import');
		const files = [1, 2, 3].map((n) => ({
			name: `ferry-${n}.txt`,
			mimeType: 'text/plain',
			buffer: Buffer.from(
				` date 2025-11-0${n} Ferry note ${n}\n\nThe ferry office on the river added crossing number ${n} this season.\n`
			)
		}));
		await page.locator('input[type=file]').setInputFiles(files);
		await page.getByRole('button', { name: 'Nhập' }).click();
		await page.waitForURL(/\/editor\/import\/\d+$/);
		await page.getByText('Hoàn tất:').first().waitFor({ timeout: 60_000 });
		const bar = await page
			.locator('progress')
			.evaluate((p: HTMLProgressElement) => ({ value: p.value, max: p.max, position: p.position }));
		expect(bar.position).toBe(1);
	});
});
