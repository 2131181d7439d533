import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { openDatabase } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';
import { importJobFiles } from '../../src/lib/server/db/schema';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { startBuiltServer, type RunningServer } from '../helpers/server';
import { makeEditor, articleText } from '../integration/editor-fixtures';
import { getPage, logIn, postForm } from './editor-server';

// Enough that the first instance is still at work when its progress page answers and it is killed.
const FILES = 150;

/**
 * Two app instances on one database, one after the other: the first takes an upload and is
 * killed part-way through it; the second, started on the same database, finishes the job.
 */
describe(`an import outlives the instance that took it (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
	let t: TestDatabase | null = null;
	let dir: string;
	let env: Record<string, string>;
	const servers: RunningServer[] = [];

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'camket-instances-'));
		t = process.env.TEST_DATABASE_URL ? await createTestDatabase() : null;
		env = { DATABASE_URL: t?.url ?? '', DATA_DIR: path.join(dir, 'data') };
		// The editor account, made before any server owns the database (PGlite has one owner at a time).
		const database = t ?? openDatabase({ dataDir: env.DATA_DIR });
		if (!t) await runMigrations(database);
		await makeEditor(database.db, 'relay@example.org');
		if (!t) await database.close();
	});
	afterAll(async () => {
		for (const s of servers) await s.stop();
		await t?.destroy();
		rmSync(dir, { recursive: true, force: true });
	});

	const start = async () => {
		const s = await startBuiltServer(env);
		servers.push(s);
		return {
			base: s.url,
			email: 'relay@example.org',
			password: 'river-Lantern-83-bridge',
			server: s
		};
	};
	/** Read straight from the database, with no instance running (PGlite has one owner at a time). */
	const pendingFiles = async () => {
		const database = t ?? openDatabase({ dataDir: env.DATA_DIR });
		const [row] = await database.db
			.select({ n: count() })
			.from(importJobFiles)
			.where(eq(importJobFiles.outcome, 'pending'));
		if (!t) await database.close();
		return row!.n;
	};
	const progress = async (s: { base: string }, jobPath: string, cookie: string) => {
		const page = await getPage(s, jobPath, cookie);
		expect(page.status).toBe(200);
		const running = /Processing… (\d+) of (\d+) files done/.exec(page.body);
		return { done: running ? Number(running[1]) : null, body: page.body };
	};

	it('a second instance finishes the files the killed one left, and the editor sees every file added', async () => {
		const first = await start();
		const cookie = await logIn(first);
		const form = new FormData();
		for (let i = 0; i < FILES; i++) {
			const text = articleText(`Relay bulletin ${i} about the river port`, '2025-07-08', [
				`Port officials gave the press a short tour of berth ${i} on the river this week.`,
				`Both governments agreed to dredge berth ${i} of the river port by 2029 and to add ${i + 2} cranes.`
			]);
			form.append('files', new Blob([text], { type: 'text/plain' }), `relay-${i}.txt`);
		}
		const res = await postForm(first.base, '/editor/import', form, { cookie });
		expect(res.status).toBe(303);
		const jobPath = res.headers.get('location')!;

		// The instance keeps answering while it imports: its progress page shows the job part-way.
		const during = await progress(first, jobPath, cookie);
		expect(during.done, 'files done when the progress page first answered').not.toBeNull();
		expect(during.done!).toBeLessThan(FILES);
		first.server.process.kill('SIGKILL');
		await first.server.stop();
		expect(await pendingFiles(), 'files the killed instance left').toBeGreaterThan(0);

		// Same session cookie: sessions live in the database too.
		const second = await start();
		let seen = await progress(second, jobPath, cookie);
		for (let i = 0; i < 600 && seen.done !== null; i++) {
			await new Promise((r) => setTimeout(r, 200));
			seen = await progress(second, jobPath, cookie);
		}
		expect(seen.body).toContain(`Finished: ${FILES} added, 0 skipped as duplicates, 0 errors.`);
	}, 180_000);
});
