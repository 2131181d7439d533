/**
 * An instance renders at most RENDER_CONCURRENCY pages at once; the rest wait their turn
 * (src/lib/server/render-limit.ts). What a reader must be able to rely on, with the limit at 1:
 * many readers at once all get their whole page, and a reader who gave up while waiting costs
 * the server no render.
 */
import { request, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let database: TestDatabase | null = null;

beforeAll(async () => {
	database = process.env.TEST_DATABASE_URL ? await createTestDatabase() : null;
	server = await startServer({ RENDER_CONCURRENCY: '1', DATABASE_URL: database?.url ?? '' });
}, 180_000);

afterAll(async () => {
	server?.stop();
	await database?.destroy();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function read(pathname: string) {
	const res = await fetch(server.baseUrl + pathname);
	return { status: res.status, cache: res.headers.get('x-cache'), body: await res.text() };
}

/** A request the test can abandon, as a reader closing the tab does. */
function startGet(pathname: string): { req: ClientRequest; done: Promise<number | null> } {
	const req = request(server.baseUrl + pathname);
	const done = new Promise<number | null>((resolve) => {
		req.on('response', (res) => {
			res.resume();
			res.on('end', () => resolve(res.statusCode ?? null));
		});
		req.on('error', () => resolve(null));
	});
	req.end();
	return { req, done };
}

describe('at most one render at a time (RENDER_CONCURRENCY=1)', () => {
	it('gives every one of many simultaneous readers the whole page', async () => {
		const ids = Array.from({ length: 12 }, (_, i) => i + 1);
		// Distinct URLs (the `n` parameter), so the cache cannot answer most of them from one render.
		const paths = [
			...ids.map((id) => `/commitments/${id}?n=${id}`),
			...ids.map((id) => `/commitments?q=&n=${id}`),
			...ids.map((id) => `/api/commitments?page_size=${id}`),
			'/',
			'/trade',
			'/articles',
			'/entities'
		];
		const together = await Promise.all(paths.map(read));
		for (const [i, page] of together.entries()) {
			const path = paths[i]!;
			// An item the seeds do not have is a 404 page, and that is a whole answer too.
			if (path.startsWith('/commitments/') && page.status === 404) continue;
			expect(page.status, path).toBe(200);
			if (path.startsWith('/api/')) expect(() => JSON.parse(page.body), path).not.toThrow();
			else expect(page.body.trimEnd(), path).toMatch(/^<!doctype html>[\s\S]*<\/html>$/i);
		}
		// The same documents as one reader at a time gets them.
		for (const [i, path] of paths.entries()) {
			const alone = await read(path);
			expect(alone.status, path).toBe(together[i]!.status);
			expect(alone.body, path).toBe(together[i]!.body);
		}
		expect(together.filter((p) => p.status === 200).length).toBeGreaterThan(30);
	}, 120_000);

	it('does not render a page for a reader who left while it waited', async () => {
		// A form post whose body is still arriving holds the only render slot: its action waits for it.
		const slow = request(server.baseUrl + '/login', {
			method: 'POST',
			headers: {
				origin: server.baseUrl,
				'content-type': 'application/x-www-form-urlencoded',
				'content-length': '200'
			}
		});
		slow.on('error', () => {});
		slow.write('email=');
		await sleep(500);

		const tag = Date.now();
		const left = Array.from({ length: 5 }, (_, i) => startGet(`/commitments?q=left-${tag}-${i}`));
		const stayed = Array.from({ length: 2 }, (_, i) =>
			startGet(`/commitments?q=stayed-${tag}-${i}`)
		);
		await sleep(1_500);
		for (const { req } of left) req.destroy();
		await Promise.all(left.map((l) => l.done));
		await sleep(300);
		// The poster gives up too; its slot goes to the readers still waiting.
		slow.destroy();

		expect(await Promise.all(stayed.map((s) => s.done))).toEqual([200, 200]);
		await expect
			.poll(() => server.output(), { timeout: 5_000 })
			.toContain('render queue: dropped 5 queued request(s) whose client had gone');
		// Never rendered, so never stored: the next reader of those URLs is the first to render them.
		for (let i = 0; i < left.length; i++)
			expect((await read(`/commitments?q=left-${tag}-${i}`)).cache).toBe('miss');
		if (!database) {
			// On the embedded database nothing else writes, so the pages rendered for the readers who stayed are replayed.
			for (let i = 0; i < stayed.length; i++)
				expect((await read(`/commitments?q=stayed-${tag}-${i}`)).cache).toBe('hit');
		}
	}, 60_000);
});
