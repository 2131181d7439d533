/**
 * Public pages are replayed from a per-instance cache keyed on the database snapshot
 * (src/lib/server/page-cache.ts). What a reader must be able to rely on: a cached page is
 * never older than the last saved change, each language and each URL has its own copy, and
 * a signed-in editor always gets a page rendered for them.
 */
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, postForm, startDemoServer, type EditorServer } from './editor-server';

let s: EditorServer;
let cookie: string;

beforeAll(async () => {
	s = await startDemoServer();
	cookie = await logIn(s);
}, 180_000);

afterAll(async () => {
	await s?.stop();
});

async function read(pathname: string, headers: Record<string, string> = {}) {
	const res = await fetch(s.base + pathname, { headers });
	return {
		status: res.status,
		cache: res.headers.get('x-cache'),
		csp: res.headers.get('content-security-policy') ?? '',
		body: await res.text()
	};
}

async function editTitle(id: number, title: string): Promise<void> {
	const page = await fetch(`${s.base}/editor/items/${id}`, { headers: { cookie } }).then((r) =>
		r.text()
	);
	const version = /name="version" value="(\d+)"/.exec(page)![1]!;
	const sector = /<option value="([a-z_]+)"[^>]*selected/.exec(page)?.[1] ?? 'trade';
	const res = await postForm(
		s.base,
		`/editor/items/${id}?/edit`,
		{
			version,
			title,
			titleEn: '',
			sector,
			targetValue: '',
			targetValueMax: '',
			unit: '',
			targetYear: '',
			deadline: '',
			publicNote: ''
		},
		{ cookie }
	);
	expect(res.status, await res.clone().text()).toBe(303);
}

describe('the public page cache', () => {
	it('replays a page to the next reader, and shows an editor’s change on the very next request', async () => {
		const first = await read('/commitments/2');
		const second = await read('/commitments/2');
		expect(second.cache).toBe('hit');
		expect(second.body).toBe(first.body);

		const title = 'Tuyến đường sắt đã đổi tên để kiểm tra bộ nhớ đệm';
		await editTitle(2, title);
		for (const pathname of ['/commitments/2', '/commitments', '/api/commitments/2']) {
			const after = await read(pathname);
			expect(after.cache, pathname).toBe('miss');
			expect(after.body, pathname).toContain(title);
		}
	});

	it('keeps one copy per language and per URL', async () => {
		const vi = await read('/methodology');
		const en = await read('/methodology', { cookie: 'PARAGLIDE_LOCALE=en' });
		const enAgain = await read('/methodology', { cookie: 'PARAGLIDE_LOCALE=en' });
		expect(vi.body).toContain('<html lang="vi"');
		expect(en.body).toContain('<html lang="en"');
		expect(enAgain.cache).toBe('hit');
		expect(enAgain.body).toContain('<html lang="en"');

		const all = await read('/commitments');
		const filtered = await read('/commitments?sector=education');
		expect(filtered.body).not.toBe(all.body);
	});

	it('serves a shared link from the cache: tracking tags, parameter order and a junk language cookie make no new copy', async () => {
		await read('/commitments?sector=education&order=asc');
		const tagged = await read('/commitments?order=asc&utm_source=zalo&sector=education&fbclid=abc');
		expect(tagged.cache).toBe('hit');
		expect(tagged.body).toContain('<html lang="vi"');
		const junkCookie = await read('/commitments?sector=education&order=asc', {
			cookie: 'PARAGLIDE_LOCALE=xx'
		});
		expect(junkCookie.cache).toBe('hit');
	});

	it('keeps the data a client-side navigation fetches apart from the page itself', async () => {
		const data = await read('/commitments/__data.json?q=vung+ang');
		expect(data.body).toMatch(/^\{"type":"data"/);
		const page = await read('/commitments?q=vung+ang');
		expect(page.body).toMatch(/^<!doctype html>/i);
		const pageAgain = await read('/commitments?q=vung+ang');
		expect(pageAgain.cache).toBe('hit');
		expect(pageAgain.body).toBe(page.body);
	});

	it('never serves a signed-in editor the copy made for anonymous readers', async () => {
		await read('/');
		expect((await read('/')).cache).toBe('hit');
		const mine = await read('/', { cookie });
		expect(mine.cache).toBeNull();
		expect(mine.body).toContain(s.email);
	});

	it('protects replayed pages with script hashes, since a replayed nonce would not be used once', async () => {
		await read('/trade');
		const replayed = await read('/trade');
		expect(replayed.cache).toBe('hit');
		expect(replayed.csp).toMatch(/script-src[^;]*'sha256-/);
		expect(replayed.csp).not.toContain('nonce-');
	});
});

/** The response as it crossed the wire: fetch would undo the compression before we saw it. */
function rawGet(pathname: string, headers: Record<string, string>) {
	return new Promise<{
		encoding: string | undefined;
		vary: string;
		cache: string | undefined;
		body: Buffer;
	}>((resolve, reject) => {
		get(s.base + pathname, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					encoding: res.headers['content-encoding'],
					vary: String(res.headers.vary ?? ''),
					cache: res.headers['x-cache'] as string | undefined,
					body: Buffer.concat(chunks)
				})
			);
		}).on('error', reject);
	});
}

describe('compressed pages', () => {
	it('sends a page and the JSON API gzipped to a client that accepts it, and plain to one that does not', async () => {
		for (const path of ['/commitments', '/api/commitments']) {
			const plain = await rawGet(path, {});
			expect(plain.encoding).toBeUndefined();
			const zipped = await rawGet(path, { 'accept-encoding': 'gzip' });
			expect(zipped.encoding).toBe('gzip');
			expect(zipped.vary.toLowerCase()).toContain('accept-encoding');
			// The same document, in fewer bytes: a proxy cache keeps the two apart by Vary.
			expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
			expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
		}
	});

	it('replays a cached page in the encoding each reader accepts, from one stored gzip', async () => {
		const path = '/commitments?sort=title';
		await rawGet(path, {});
		const plain = await rawGet(path, {});
		const first = await rawGet(path, { 'accept-encoding': 'gzip, deflate, br' });
		const second = await rawGet(path, { 'accept-encoding': 'gzip' });
		const refused = await rawGet(path, { 'accept-encoding': 'gzip;q=0, identity' });
		for (const r of [plain, first, second, refused]) {
			expect(r.vary.toLowerCase()).toContain('accept-encoding');
			if (!s.database) expect(r.cache).toBe('hit');
		}
		expect(plain.encoding).toBeUndefined();
		expect(refused.encoding).toBeUndefined();
		expect(refused.body.equals(plain.body)).toBe(true);
		for (const r of [first, second]) {
			expect(r.encoding).toBe('gzip');
			expect(gunzipSync(r.body).toString()).toBe(plain.body.toString());
		}
		// The bytes stored once, not compressed anew for each reader (unless a write renewed the page).
		if (first.cache === 'hit' && second.cache === 'hit')
			expect(second.body.equals(first.body)).toBe(true);
	});
});
