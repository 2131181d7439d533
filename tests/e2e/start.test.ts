import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `npm start` on an empty data folder: builds if needed, migrates, imports seeds/, serves. */
describe('npm start on a fresh embedded database', () => {
	const port = 3200 + Math.floor(Math.random() * 500);
	let dir: string;
	let server: ChildProcess;
	let output = '';

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'camket-start-'));
		server = spawn('npx', ['tsx', 'scripts/start.ts'], {
			env: { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(dir, 'data'), PORT: String(port) },
			stdio: 'pipe',
			detached: true
		});
		server.stdout!.on('data', (d) => (output += d));
		server.stderr!.on('data', (d) => (output += d));
		await new Promise<void>((resolve, reject) => {
			server.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
			const poll = setInterval(() => {
				if (output.includes(`http://localhost:${port}/`)) {
					clearInterval(poll);
					resolve();
				}
			}, 200);
		});
	});

	afterAll(() => {
		if (server?.pid) process.kill(-server.pid, 'SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	});

	it('prints what it imported from seeds/', () => {
		expect(output.match(/added\s+seeds\//g)).toHaveLength(5);
	});

	it('serves the article list with the seed articles, dates and titles', async () => {
		const html = await (await fetch(`http://localhost:${port}/articles`)).text();
		expect(html).toContain('Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào');
		expect(html).toContain('Việt Nam-Lào quyết tâm chung sức, đồng lòng, kề vai sát cánh');
		for (const date of ['2026-01-26', '2026-01-23', '2025-12-03', '2025-01-10']) expect(html).toContain(date);
	});

	it('serves an article page with the clean text and without the site menu', async () => {
		const home = await (await fetch(`http://localhost:${port}/articles`)).text();
		const id = /href="\/articles\/(\d+)"[^>]*>Cuộc gặp cấp cao/.exec(home)![1];
		const html = await (await fetch(`http://localhost:${port}/articles/${id}`)).text();
		// Extracted passages are wrapped in highlight marks; the words read the same without them.
		expect(html.replace(/<[^>]*>/g, '')).toContain('hướng tới mốc 10 tỉ USD');
		expect(html).not.toContain('HOTLINE');
	});
});
