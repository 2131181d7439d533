/**
 * Importing web pages by link, against a news site this test starts on 127.0.0.x (never the
 * internet): what is fetched and refused, what is stored, and what is a duplicate.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import { articles, importJobFiles, mentions } from '../../src/lib/server/db/schema';
import { createImportJob } from '../../src/lib/server/editor/imports';
import { getImportJob } from '../../src/lib/server/queries/imports';
import { runImports } from '../../src/lib/server/editor/import-worker';
import type { Actor } from '../../src/lib/server/editor/actor';
import { fetchPage } from '../../src/lib/server/ingest/fetch';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { importUrl } from '../../src/lib/server/pipeline/import';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { dbEnv, runScript } from '../helpers/cli';
import { fixture, startNewsServer, type NewsServer } from '../helpers/news-server';
import { makeEditor } from './editor-fixtures';

const DONG_HANH = 'https://donghanh.example/thoi-su/viet-lao-cao-toc-2028-a1234.html';

describe('fetching a page', () => {
	let site: NewsServer;
	/** The same site on 127.0.0.2, let through as if it were a public site (see `allowAddresses`). */
	let publicSite: NewsServer;
	const open = { allowPrivate: true };
	beforeAll(async () => {
		site = await startNewsServer();
		publicSite = await startNewsServer('127.0.0.2');
	});
	afterAll(async () => {
		await site?.close();
		await publicSite?.close();
	});

	it('follows up to five redirects, checking each hop, and says so past five or in a loop', async () => {
		const ok = await fetchPage(`${site.origin}/chuyen/5`, open);
		expect(ok).toMatchObject({
			ok: true,
			url: `${site.origin}/dong-hanh.html`,
			contentType: 'text/html; charset=utf-8'
		});
		expect(await fetchPage(`${site.origin}/chuyen/6`, open)).toMatchObject({
			ok: false,
			reason: 'too many redirects (more than 5)'
		});
		expect(await fetchPage(`${site.origin}/vong-lap`, open)).toMatchObject({
			ok: false,
			reason: 'too many redirects (more than 5)'
		});
		expect(await fetchPage(`${site.origin}/sang-file`, open)).toMatchObject({
			ok: false,
			reason:
				'redirected to a link that is not fetched: refused: only http and https links are fetched, not file:'
		});
	});

	it('gives each failure its reason: 404, timeout, not HTML, too large (declared or not)', async () => {
		expect(await fetchPage(`${site.origin}/khong-co.html`, open)).toMatchObject({
			ok: false,
			reason: 'the server answered 404 Not Found'
		});
		expect(await fetchPage(`${site.origin}/cham`, { ...open, timeoutMs: 300 })).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/^timed out/)
		});
		expect(await fetchPage(`${site.origin}/du-lieu.json`, open)).toMatchObject({
			ok: false,
			reason: 'not HTML: the server sent application/json'
		});
		expect(await fetchPage(`${site.origin}/khong-lo`, open)).toMatchObject({
			ok: false,
			reason: 'too large: the page is 20.0 MB, over the 5.0 MB limit'
		});
		expect(await fetchPage(`${site.origin}/khong-lo-chunked`, open)).toMatchObject({
			ok: false,
			reason: 'too large: the page is over the 5.0 MB limit'
		});
		// The site is still there for the next item.
		expect(await fetchPage(`${site.origin}/dong-hanh.html`, open)).toMatchObject({ ok: true });
	});

	it('refuses private and loopback addresses, by address, by host name, and behind a redirect', async () => {
		const before = site.hits.get('/dong-hanh.html') ?? 0;
		for (const link of [
			`${site.origin}/dong-hanh.html`,
			`http://localhost:${site.port}/dong-hanh.html`,
			`http://[::ffff:127.0.0.1]:${site.port}/dong-hanh.html`
		]) {
			expect(await fetchPage(link, { allowPrivate: false }), link).toMatchObject({
				ok: false,
				reason: expect.stringMatching(/^refused: .* is a private or local address/)
			});
		}
		expect(site.hits.get('/dong-hanh.html') ?? 0).toBe(before);
		// A "public" site (127.0.0.2, let through by name) redirects to 127.0.0.1: the second hop is refused.
		const viaRedirect = await fetchPage(`${publicSite.origin}/sang-noi-bo?port=${site.port}`, {
			allowPrivate: false,
			allowAddresses: ['127.0.0.2']
		});
		expect(viaRedirect).toMatchObject({
			ok: false,
			reason:
				'refused: 127.0.0.1 is a private or local address (127.0.0.1); only public web sites are fetched'
		});
		expect(site.hits.get('/dong-hanh.html') ?? 0).toBe(before);
		// With the rule lifted (ALLOW_PRIVATE_FETCH=1, tests only) the same redirect is followed.
		expect(
			await fetchPage(`${publicSite.origin}/sang-noi-bo?port=${site.port}`, { allowPrivate: true })
		).toMatchObject({ ok: true, url: `${site.origin}/dong-hanh.html` });
	});

	it('sends an honest User-Agent', async () => {
		const seen: string[] = [];
		const http = await import('node:http');
		const server = http.createServer((req, res) => {
			seen.push(String(req.headers['user-agent']));
			res.writeHead(404).end();
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		await fetchPage(`http://127.0.0.1:${(server.address() as { port: number }).port}/`, open);
		server.close();
		expect(seen[0]).toMatch(/^Camket\/\S+ \(.*commitments/);
	});
});

describe(`importing links (${backendName})`, () => {
	let site: NewsServer;
	let t: TestDatabase;
	let editor: Actor;
	const allowPrivate = { allowPrivate: true };
	beforeAll(async () => {
		site = await startNewsServer();
		t = await createTestDatabase();
		editor = await makeEditor(t.db, 'links@example.org');
	});
	afterAll(async () => {
		await site?.close();
		await t?.destroy();
	});

	it('stores the story with outlet, date and canonical URL from the markup, keeps the page, and extracts exact quotes', async () => {
		const r = await importUrl(t.db, `${site.origin}/dong-hanh.html`, allowPrivate);
		expect(r.outcome).toBe('added');
		const a = (r as { article: typeof articles.$inferSelect }).article;
		expect(a).toMatchObject({
			source: `${site.origin}/dong-hanh.html`,
			outlet: 'Báo Đồng Hành',
			outletFrom: 'markup',
			url: DONG_HANH,
			publishedOn: '2025-11-03',
			dateSource: 'markup',
			language: 'vi',
			needsReview: false
		});
		expect(a.rawHtml).toBe(fixture('dong-hanh.html'));
		const quotes = await t.db.select().from(mentions).where(eq(mentions.articleId, a.id));
		expect(quotes.length).toBeGreaterThan(0);
		for (const q of quotes) expect(a.rawText.slice(q.start, q.end)).toBe(q.quote);
	});

	it('skips the same story under another address: by canonical URL, and by text when the copy has no canonical link', async () => {
		const [{ id }] = (await t.db
			.select({ id: articles.id })
			.from(articles)
			.where(eq(articles.url, DONG_HANH))) as [{ id: number }];
		expect(
			await importUrl(t.db, `${site.origin}/ban-in/dong-hanh.html`, allowPrivate)
		).toMatchObject({ outcome: 'duplicate', articleId: id, by: 'url' });
		expect(
			await importUrl(t.db, `${site.origin}/tin-khac/ban-sao.html`, allowPrivate)
		).toMatchObject({ outcome: 'duplicate', articleId: id, by: 'content' });
		// The canonical link itself is known without fetching anything.
		expect(await importUrl(t.db, DONG_HANH, allowPrivate)).toMatchObject({
			outcome: 'duplicate',
			articleId: id,
			by: 'url'
		});
		// The page saved from a browser is the same story too.
		expect(
			await importArticle(t.db, 'Việt Lào cao tốc.html', Buffer.from(fixture('dong-hanh.html')))
		).toMatchObject({ outcome: 'duplicate', articleId: id });
		expect((await t.db.select({ id: articles.id }).from(articles)).length).toBe(1);
	});

	it('decodes a windows-1258 page whose charset only its <meta> names', async () => {
		const r = await importUrl(t.db, `${site.origin}/me-kong.html`, allowPrivate);
		expect(r).toMatchObject({
			outcome: 'added',
			article: {
				outlet: 'Tin Mê Kông',
				publishedOn: '2026-02-14',
				url: 'https://tinmekong.example/bien-gioi/nang-cap-cua-khau-lao-bao.htm'
			}
		});
		const a = (r as { article: typeof articles.$inferSelect }).article;
		expect(a.cleanText).toContain(
			'Hai tỉnh cũng cam kết rút ngắn thời gian thông quan hàng hóa xuống dưới 30 phút mỗi xe'
		);
		// The same page served with the charset in the header only is the same story.
		expect(await importUrl(t.db, `${site.origin}/me-kong-header.html`, allowPrivate)).toMatchObject(
			{ outcome: 'duplicate', articleId: a.id }
		);
	});

	it('an import job of links: every link gets its outcome and reason, two workers import each page once, and nothing is lost', async () => {
		const links = [
			`${site.origin}/khong-the.html`,
			`${site.origin}/khong-co.html`,
			`${site.origin}/lan-xang/story`,
			`${site.origin}/du-lieu.json`,
			'file:///etc/passwd',
			`${site.origin}/khong-lo`,
			`${site.origin}/trong.html`,
			`${site.origin}/ban-in/dong-hanh.html`,
			`${site.origin}/khong-the.html`
		];
		const before = process.env.ALLOW_PRIVATE_FETCH;
		process.env.ALLOW_PRIVATE_FETCH = '1';
		// A second app instance: its own pool on PostgreSQL; on PGlite (one connection) the same handle.
		const other: Database | null = t.url ? openDatabase({ url: t.url, max: 2 }) : null;
		try {
			const jobId = await createImportJob(t.db, editor, [], links);
			const done = await Promise.all([runImports(t.db), runImports(other?.db ?? t.db)]);
			expect(done[0] + done[1]).toBe(links.length);
			const view = (await getImportJob(t.db, jobId))!;
			expect(view.state).toBe('done');
			expect(view.files.map((f) => [f.fileName, f.outcome, f.message])).toEqual([
				[links[0], 'added', null],
				[links[1], 'error', 'the server answered 404 Not Found'],
				[links[2], 'added', null],
				[links[3], 'error', 'not HTML: the server sent application/json'],
				[links[4], 'error', 'refused: only http and https links are fetched, not file:'],
				[links[5], 'error', 'too large: the page is 20.0 MB, over the 5.0 MB limit'],
				[links[6], 'error', 'no article text was found in the page'],
				[
					links[7],
					'duplicate',
					'already imported as “Việt Nam - Lào thống nhất hoàn thành tuyến cao tốc trước năm 2028” (same URL)'
				],
				[
					links[8],
					'duplicate',
					expect.stringMatching(/^already imported as “Tăng cường hợp tác giáo dục Việt - Lào”/)
				]
			]);
			expect(view.counts).toEqual({ pending: 0, added: 2, duplicate: 2, error: 5 });
			const stored = await t.db
				.select({ url: articles.url })
				.from(articles)
				.where(
					sql`${articles.url} like ${site.origin + '%'} or ${articles.url} like 'https://lanxang%'`
				);
			expect(stored.map((s) => s.url).sort()).toEqual([
				`${site.origin}/business/rail-freight-2030`,
				`${site.origin}/khong-the.html`
			]);
			expect(
				await t.db
					.select({ id: importJobFiles.id })
					.from(importJobFiles)
					.where(
						sql`${importJobFiles.leasedUntil} is not null and ${importJobFiles.outcome} = 'pending'`
					)
			).toEqual([]);
		} finally {
			if (before === undefined) delete process.env.ALLOW_PRIVATE_FETCH;
			else process.env.ALLOW_PRIVATE_FETCH = before;
			await other?.close();
		}
	});

	it.runIf(backendName === 'postgres')(
		'a link whose row another worker holds for a moment still gets its outcome: the worker waits, it does not leave the link pending',
		async () => {
			const before = process.env.ALLOW_PRIVATE_FETCH;
			process.env.ALLOW_PRIVATE_FETCH = '1';
			const other = openDatabase({ url: t.url!, max: 1 });
			try {
				const jobId = await createImportJob(t.db, editor, [], [`${site.origin}/cho.html`]);
				const worker = runImports(t.db);
				// The link is claimed (its lease committed) and being fetched; now a second worker's
				// claim holds its row, as PostgreSQL's FOR UPDATE SKIP LOCKED does for a row it rejects.
				await site.held.arrived;
				await other.db.transaction(async (tx) => {
					await tx.execute(sql`select id from import_job_files where job_id = ${jobId} for update`);
					site.held.release();
					await new Promise((resolve) => setTimeout(resolve, 500));
				});
				expect(await worker).toBe(1);
				const view = (await getImportJob(t.db, jobId))!;
				expect(view.files.map((f) => f.outcome)).not.toContain('pending');
				expect(view.state).toBe('done');
			} finally {
				if (before === undefined) delete process.env.ALLOW_PRIVATE_FETCH;
				else process.env.ALLOW_PRIVATE_FETCH = before;
				await other.close();
			}
		}
	);
});

describe(`npm run import -- <link> (${backendName})`, () => {
	let site: NewsServer;
	let t: TestDatabase;
	let dir: string;
	beforeAll(async () => {
		site = await startNewsServer();
		dir = mkdtempSync(path.join(tmpdir(), 'camket-web-cli-'));
		t = await createTestDatabase();
		// The CLI opens its own connection; on PGlite it must own the data folder.
		if (!t.url) await t.destroy();
	});
	afterAll(async () => {
		await site?.close();
		if (t?.url) await t.destroy();
		rmSync(dir, { recursive: true, force: true });
	});

	it('adds a page with outlet, URL and date from its markup, and skips it under a second URL', async () => {
		const env = { ...dbEnv(t, path.join(dir, 'data')), ALLOW_PRIVATE_FETCH: '1' };
		const first = await runScript('scripts/import.ts', [`${site.origin}/dong-hanh.html`], env);
		expect(first.stderr).toBe('');
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(
			new RegExp(
				`^added\\s+${site.origin}/dong-hanh\\.html\\s+→ article #1 \\[vi, 2025-11-03\\] Việt Nam - Lào thống nhất .* \\(Báo Đồng Hành, ${DONG_HANH.replace(/[.]/g, '\\.')}\\)$`,
				'm'
			)
		);
		const second = await runScript(
			'scripts/import.ts',
			[`${site.origin}/ban-in/dong-hanh.html`, `${site.origin}/khong-co.html`],
			env
		);
		expect(second.code).toBe(1);
		expect(second.stdout).toMatch(
			/^skipped\s+\S+\/ban-in\/dong-hanh\.html\s+→ same URL as article #1/m
		);
		expect(second.stdout).toMatch(
			/^error\s+\S+\/khong-co\.html\s+→ the server answered 404 Not Found$/m
		);
	});

	it('refuses a loopback address unless ALLOW_PRIVATE_FETCH=1, and other schemes always', async () => {
		const env = { ...dbEnv(t, path.join(dir, 'data')), ALLOW_PRIVATE_FETCH: '' };
		const r = await runScript(
			'scripts/import.ts',
			[`${site.origin}/khong-the.html`, 'file:///etc/passwd'],
			env
		);
		expect(r.code).toBe(1);
		expect(r.stdout).toMatch(
			/^error\s+\S+\/khong-the\.html\s+→ refused: 127\.0\.0\.1 is a private or local address/m
		);
		expect(r.stdout).toMatch(
			/^error\s+file:\/\/\/etc\/passwd\s+→ refused: only http and https links are fetched, not file:$/m
		);
		expect(site.hits.get('/khong-the.html') ?? 0).toBe(0);
	});
});
