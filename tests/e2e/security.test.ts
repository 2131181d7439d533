import { readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, type RunningServer } from '../helpers/server';
import { logIn, postForm } from './editor-server';
import { runScript } from '../helpers/cli';

/**
 * Every write route with the role it needs. A new form action or endpoint that writes must be
 * added here, or the inventory test fails: nothing writes without a server-side role check.
 */
const WRITE_ROUTES: { path: string; action: string; role: 'editor' | 'admin' | 'anyone' }[] = [
	{ path: '/editor', action: 'accept', role: 'editor' },
	{ path: '/editor', action: 'reject', role: 'editor' },
	{ path: '/editor/account', action: 'password', role: 'editor' },
	{ path: '/editor/items/1', action: 'edit', role: 'editor' },
	{ path: '/editor/items/1', action: 'status', role: 'editor' },
	{ path: '/editor/items/1', action: 'entity', role: 'editor' },
	{ path: '/editor/items/1', action: 'merge', role: 'editor' },
	{ path: '/editor/items/1', action: 'split', role: 'editor' },
	{ path: '/editor/import', action: 'default', role: 'editor' },
	{ path: '/editor/stats', action: 'default', role: 'editor' },
	{ path: '/articles/1', action: 'provenance', role: 'editor' },
	{ path: '/admin', action: 'create', role: 'admin' },
	{ path: '/admin', action: 'role', role: 'admin' },
	{ path: '/admin/feeds', action: 'add', role: 'admin' },
	{ path: '/admin/feeds', action: 'poll', role: 'admin' },
	{ path: '/admin/feeds', action: 'remove', role: 'admin' },
	// Logging in and out are open to anyone by nature; they change only the caller's own session.
	{ path: '/login', action: 'default', role: 'anyone' },
	{ path: '/logout', action: 'default', role: 'anyone' },
	// A reader's error report: open by design, limited per address in the database, honeypot-guarded (editor/reports.ts).
	{ path: '/report', action: 'default', role: 'anyone' }
];

function routePathOf(file: string): string {
	return (
		('/' + path.relative('src/routes', path.dirname(file)))
			.replace(/\/\([^)]+\)/g, '')
			.replace(/\[[^\]]+\]/g, '1')
			.replace(/\/$/, '') || '/'
	);
}

function discoverActions(dir = 'src/routes'): { path: string; action: string }[] {
	const found: { path: string; action: string }[] = [];
	for (const name of readdirSync(dir)) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) found.push(...discoverActions(full));
		else if (name === '+page.server.ts') {
			const source = readFileSync(full, 'utf8');
			const block = /export const actions[^=]*=\s*\{([\s\S]*?)\n\};/.exec(source)?.[1];
			for (const m of block?.matchAll(/^\t(\w+):/gm) ?? [])
				found.push({ path: routePathOf(full), action: m[1]! });
		}
	}
	return found;
}

function discoverWritingEndpoints(dir = 'src/routes'): string[] {
	const found: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) found.push(...discoverWritingEndpoints(full));
		else if (
			name === '+server.ts' &&
			/export (const|async function) (POST|PUT|PATCH|DELETE)\b/.test(readFileSync(full, 'utf8'))
		)
			found.push(routePathOf(full));
	}
	return found;
}

const key = (r: { path: string; action: string }) => `${r.path} ?/${r.action}`;

const EDITOR = { email: 'quiet.editor@example.org', password: 'harbour-Lantern-58-ferry' };

/** Every public GET route with real ids (from the API), for the crawls below. */
async function publicPaths(base: string): Promise<string[]> {
	const list = (await (await fetch(`${base}/api/commitments?page_size=200`)).json()) as {
		items: { id: number }[];
	};
	const entities = (await (await fetch(`${base}/api/entities`)).json()) as
		{ items?: { slug: string }[] } | { slug: string }[];
	const slugs = (Array.isArray(entities) ? entities : (entities.items ?? []))
		.map((e) => e.slug)
		.slice(0, 5);
	const articleIds = [
		...(await (await fetch(`${base}/articles`)).text()).matchAll(/href="\/articles\/(\d+)"/g)
	].map((m) => m[1]);
	return [
		'/',
		'/commitments',
		'/articles',
		'/entities',
		'/corrections',
		'/methodology',
		'/trade',
		'/feed.xml',
		'/commitments/export.csv',
		'/commitments/export.json',
		'/api/commitments?page_size=200',
		'/api/entities',
		'/api/trade',
		...list.items.flatMap((i) => [
			`/commitments/${i.id}`,
			`/api/commitments/${i.id}`,
			`/commitments/${i.id}/feed.xml`
		]),
		...[...new Set(articleIds)].flatMap((id) => [`/articles/${id}`, `/api/articles/${id}`]),
		...slugs.flatMap((slug) => [`/entities/${slug}`, `/api/entities/${slug}`])
	];
}

describe('security', () => {
	let dir: string;
	let app: RunningServer;

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'camket-security-'));
		const env = { DATABASE_URL: '', DATA_DIR: path.join(dir, 'data') };
		const seeded = await runScript('scripts/import.ts', ['seeds'], env);
		expect(seeded.code).toBe(0);
		const made = await runScript(
			'scripts/user-create.ts',
			['--email', EDITOR.email, '--role', 'editor'],
			env,
			`${EDITOR.password}\n`
		);
		expect(made.code, made.stderr).toBe(0);
		app = await startBuiltServer(env);
	}, 240_000);

	afterAll(async () => {
		await app?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('lists every form action in the role inventory, and finds no other writing endpoint', () => {
		expect(discoverActions().map(key).sort()).toEqual(WRITE_ROUTES.map(key).sort());
		// Writes go through form actions only; a POST/PUT/PATCH/DELETE +server.ts needs its own entry and test.
		expect(discoverWritingEndpoints()).toEqual([]);
	});

	it('answers 403 to an anonymous POST on every editor or admin action', async () => {
		for (const route of WRITE_ROUTES.filter((r) => r.role !== 'anyone')) {
			const url = `${app.url}${route.path}?/${route.action}`.replace('?/default', '');
			const res = await fetch(url, {
				method: 'POST',
				body: new URLSearchParams({ reason: 'x' }),
				headers: { origin: app.url },
				redirect: 'manual'
			});
			expect(res.status, key(route)).toBe(403);
		}
	});

	it('rejects a cross-origin form POST', async () => {
		const res = await fetch(`${app.url}/login`, {
			method: 'POST',
			body: new URLSearchParams({ email: 'a@b.c', password: 'x' }),
			headers: { origin: 'https://evil.example' },
			redirect: 'manual'
		});
		expect(res.status).toBe(403);
	});

	it('sets the security headers and a CSP on pages', async () => {
		const res = await fetch(`${app.url}/`);
		expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
		expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('shows error pages without stack traces', async () => {
		for (const p of [
			'/articles/abc',
			'/commitments/999999',
			'/entities/nothing-here',
			'/no/such/page'
		]) {
			const res = await fetch(`${app.url}${p}`);
			const body = await res.text();
			expect(res.status, p).toBe(404);
			expect(body, p).not.toMatch(/at \S+ \(|\.ts:\d+|node_modules|Error:/);
		}
	});

	it('treats SQL metacharacters in search as plain text', async () => {
		for (const q of [
			"'; drop table commitments; --",
			'%',
			'_',
			"\\' or 1=1 --",
			'vũng áng"); select pg_sleep(5); --'
		]) {
			const page = await fetch(`${app.url}/commitments?q=${encodeURIComponent(q)}`);
			expect(page.status, q).toBe(200);
			const api = await fetch(`${app.url}/api/commitments?q=${encodeURIComponent(q)}`);
			expect(api.status, q).toBe(200);
			expect((await api.json()).items, q).toEqual([]);
		}
		const after = await (await fetch(`${app.url}/api/commitments`)).json();
		expect(after.total).toBeGreaterThan(5);
	});

	it('sends a login or a language switch to this site only, however `next` is disguised', async () => {
		const disguised = [
			'/%09/evil.example',
			'/\t/evil.example',
			'//evil.example',
			'/\\evil.example',
			'/%5C%5Cevil.example',
			'%2F%2Fevil.example',
			' //evil.example',
			'/%0d%0a/evil.example',
			'/\r\n/evil.example',
			'https://evil.example/',
			'/%2F/evil.example'
		];
		for (const next of disguised) {
			const lang = await fetch(`${app.url}/language?locale=en&next=${encodeURIComponent(next)}`, {
				redirect: 'manual'
			});
			expect(lang.status, next).toBe(303);
			expect(
				new URL(lang.headers.get('location')!, app.url).origin,
				`language next=${JSON.stringify(next)}`
			).toBe(app.url);
			const login = await postForm(app.url, '/login', { ...EDITOR, next });
			expect(login.status, next).toBe(303);
			expect(
				new URL(login.headers.get('location')!, app.url).origin,
				`login next=${JSON.stringify(next)}`
			).toBe(app.url);
			expect(login.headers.get('location'), next).toBe('/editor');
		}
		const fine = await postForm(app.url, '/login', {
			...EDITOR,
			next: '/editor/items/1?tab=audit'
		});
		expect(fine.headers.get('location')).toBe('/editor/items/1?tab=audit');
	});

	it('never shows an editor’s e-mail address in any public page or API response', async () => {
		const cookie = await logIn({ base: app.url, ...EDITOR });
		// An editor's status change and split leave their mark on public items.
		const items = (await (await fetch(`${app.url}/api/commitments?page_size=200`)).json()) as {
			items: { id: number }[];
		};
		let changed = 0;
		for (const { id } of items.items) {
			const detail = (await (await fetch(`${app.url}/api/commitments/${id}`)).json()) as {
				item: { version?: number };
				mentions: { id: number }[];
			};
			const page = await (
				await fetch(`${app.url}/editor/items/${id}`, { headers: { cookie } })
			).text();
			const version = /name="version" value="(\d+)"/.exec(page)?.[1];
			if (!version || detail.mentions.length < 2) continue;
			const status = await postForm(
				app.url,
				`/editor/items/${id}?/status`,
				{
					version,
					toStatus: 'in_progress',
					reason: 'Work started on site, per the ministry.',
					evidenceMentionId: String(detail.mentions[0]!.id)
				},
				{ cookie }
			);
			expect(status.status, await status.text()).toBe(303);
			const after = await (
				await fetch(`${app.url}/editor/items/${id}`, { headers: { cookie } })
			).text();
			const split = await postForm(
				app.url,
				`/editor/items/${id}?/split`,
				{
					version: /name="version" value="(\d+)"/.exec(after)![1]!,
					mentionId: String(detail.mentions[1]!.id),
					title: 'Split-off item'
				},
				{ cookie }
			);
			expect(split.status, await split.text()).toBe(303);
			changed++;
			break;
		}
		expect(changed, 'an item with two quotes to act on').toBe(1);

		const address = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
		const paths = await publicPaths(app.url);
		expect(paths.length).toBeGreaterThan(20);
		for (const p of paths) {
			const res = await fetch(`${app.url}${p}`);
			const body = await res.text();
			expect(res.status, p).toBeLessThan(400);
			expect(body.includes(EDITOR.email), `${p} shows the editor's address`).toBe(false);
			expect(body.match(address) ?? [], `${p} shows an e-mail address`).toEqual([]);
		}
	}, 180_000);

	it('puts the security headers on static files, error pages and refusals, and keeps editor pages out of caches', async () => {
		const html = await (await fetch(`${app.url}/`)).text();
		const asset = /(?:src|href)="\.?\/(_app\/immutable\/[^"]+\.(?:js|css))"/.exec(html)?.[1];
		expect(asset, 'a built asset linked from the home page').toBeDefined();
		for (const p of [`/${asset!}`, '/favicon.svg', '/no/such/page', '/articles/99999999999']) {
			const res = await fetch(`${app.url}${p}`);
			await res.arrayBuffer();
			expect(res.headers.get('x-content-type-options'), p).toBe('nosniff');
			expect(res.headers.get('x-frame-options'), p).toBe('DENY');
			expect(res.headers.get('referrer-policy'), p).toBe('strict-origin-when-cross-origin');
		}
		const cookie = await logIn({ base: app.url, ...EDITOR });
		for (const p of ['/editor', '/editor/import', '/login']) {
			const res = await fetch(`${app.url}${p}`, { headers: { cookie }, redirect: 'manual' });
			await res.arrayBuffer();
			expect(res.headers.get('cache-control'), p).toBe('no-store');
		}
	});

	it('takes an upload over 512 KB, as the import page promises files of up to 5 MB', async () => {
		const cookie = await logIn({ base: app.url, ...EDITOR });
		const paragraph =
			'The provincial office kept a long record of ferry timetables on the river this season. ';
		const form = new FormData();
		form.append(
			'files',
			new Blob([` date 2025-10-01 A long ferry record\n\n${paragraph.repeat(6500)}\n`], {
				type: 'text/plain'
			}),
			'long-record.txt'
		);
		const res = await postForm(app.url, '/editor/import', form, { cookie });
		expect(res.status, (await res.text()).slice(0, 300)).toBe(303);
		// Wait for the worker to finish it, so the tests after this one meet an idle server.
		const job = `${app.url}${res.headers.get('location')}`;
		let page = '';
		for (let i = 0; i < 300 && !page.includes('Finished'); i++) {
			if (i) await new Promise((r) => setTimeout(r, 500));
			// While PGlite imports a long file in the server's thread, a reused keep-alive socket may be reset: ask again.
			page = await fetch(job, { headers: { cookie: `${cookie}; PARAGLIDE_LOCALE=en` } }).then(
				(r) => r.text(),
				() => ''
			);
		}
		expect(page, 'the job page after the upload').toContain('Finished: 1 added');
	}, 240_000);

	it('never answers 500 to arbitrary API parameters, and explains every 400', async () => {
		const params = fc.dictionary(
			fc.constantFrom(
				'sector',
				'status',
				'q',
				'entity',
				'year',
				'as_of',
				'page',
				'page_size',
				'sort',
				'order'
			),
			fc.oneof(
				fc.string(),
				fc.integer().map(String),
				fc.constantFrom('2024-02-30', '-1', '1e9', 'NaN', '0', '9999-12-31', 'energy')
			)
		);
		const paths = fc.constantFrom(
			'/api/commitments',
			'/api/trade',
			'/api/entities',
			'/api/commitments/1',
			'/api/articles/1',
			'/api/entities/hanoi-vientiane-expressway',
			'/commitments',
			'/trade',
			'/'
		);
		await fc.assert(
			fc.asyncProperty(paths, params, async (p, query) => {
				const res = await fetch(`${app.url}${p}?${new URLSearchParams(query)}`);
				expect(res.status, `${p}?${new URLSearchParams(query)}`).toBeLessThan(500);
				if (res.status === 400 && p.startsWith('/api/'))
					expect((await res.json()).error).toEqual(expect.any(String));
				else await res.arrayBuffer();
			}),
			{ numRuns: 150 }
		);
	});

	it('never answers 500 to arbitrary login form fields', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.dictionary(
					fc.constantFrom('email', 'password', 'next', 'x'),
					fc.string({ maxLength: 300 })
				),
				async (fields) => {
					const res = await fetch(`${app.url}/login`, {
						method: 'POST',
						body: new URLSearchParams(fields),
						headers: { origin: app.url },
						redirect: 'manual'
					});
					expect(res.status).toBeLessThan(500);
					await res.arrayBuffer();
				}
			),
			{ numRuns: 40 }
		);
	});
});
