import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './helpers/server';

/** `npm start` on an empty data folder: builds if needed, migrates, imports seeds/, serves. */
describe('npm start on a fresh embedded database', () => {
	let server: RunningServer;
	let output = '';

	beforeAll(async () => {
		server = await startServer();
		output = server.output();
	});

	afterAll(() => server?.stop());

	it('prints what it imported from seeds/', () => {
		expect(output.match(/added\s+seeds\//g)).toHaveLength(5);
	});

	it('serves the article list with the seed articles, dates and titles', async () => {
		const html = await (await fetch(`${server.baseUrl}/articles`)).text();
		expect(html).toContain(
			'Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào'
		);
		expect(html).toContain('Việt Nam-Lào quyết tâm chung sức, đồng lòng, kề vai sát cánh');
		for (const date of ['2026-01-26', '2026-01-23', '2025-12-03', '2025-01-10'])
			expect(html).toContain(date);
	});

	it('serves an article page with the clean text and without the site menu', async () => {
		const home = await (await fetch(`${server.baseUrl}/articles`)).text();
		const id = /href="\/articles\/(\d+)"[^>]*>Cuộc gặp cấp cao/.exec(home)![1];
		const html = await (await fetch(`${server.baseUrl}/articles/${id}`)).text();
		// Extracted passages are wrapped in highlight marks; the words read the same without them.
		expect(html.replace(/<[^>]*>/g, '')).toContain('hướng tới mốc 10 tỉ USD');
		expect(html).not.toContain('HOTLINE');
	});

	// Last: it replaces the server process the tests above used.
	it('starts the server again when its process dies, on the same data folder', async () => {
		const pids = () =>
			[...server.output().matchAll(/server process (\d+) started/g)].map((m) => Number(m[1]));
		const [first] = pids();
		expect(first, 'npm start named its server process').toBeGreaterThan(0);
		process.kill(first!, 'SIGKILL'); // as a driver fault would end it, without any clean-up
		let back = false;
		for (let i = 0; i < 300 && !back; i++) {
			await new Promise((r) => setTimeout(r, 100));
			back =
				pids().length > 1 &&
				(await fetch(`${server.baseUrl}/articles`).then(
					(r) => r.ok,
					() => false
				));
		}
		expect(back, `the site did not come back; npm start printed:\n${server.output()}`).toBe(true);
		expect(server.output()).toMatch(
			new RegExp(`server process ${first} exited with SIGKILL; restarting`)
		);
	});
});
