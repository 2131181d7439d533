import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { dbEnv, spawnScript } from '../helpers/cli';

const FILES = 40;

/** Distinct stories built from seeds, so every file is a new article with commitments in it. */
function writeArticles(dir: string): void {
	const seeds = ['000_7c9ae11c30761e7f.txt', '004_a9d4770d292c0d73.txt'].map((f) =>
		readFileSync(path.join('seeds', f), 'utf8')
	);
	for (let i = 0; i < FILES; i++) {
		const text = seeds[i % seeds.length]!;
		const firstBreak = text.indexOf('\n') + 1;
		const marker = `Bản tin tổng hợp số ${i} của phòng tư liệu được biên tập lại từ các nguồn chính thức để phục vụ việc theo dõi cam kết giữa hai nước.\n\n`;
		writeFileSync(
			path.join(dir, `article-${String(i).padStart(3, '0')}.txt`),
			text.slice(0, firstBreak) + '\n' + marker + text.slice(firstBreak)
		);
	}
}

const rows = async (database: Database, query: ReturnType<typeof sql>) => {
	const result = (await database.db.execute(query)) as unknown as
		{ rows?: Record<string, unknown>[] } | Record<string, unknown>[];
	return Array.isArray(result) ? result : (result.rows ?? []);
};

describe(`an import killed mid-way (${backendName})`, () => {
	let dir: string;
	let t: TestDatabase;

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'camket-kill-'));
		mkdirSync(path.join(dir, 'in'));
		writeArticles(path.join(dir, 'in'));
		t = await createTestDatabase();
		if (!t.url) await t.destroy(); // PGlite: the CLI must own the data folder
	});

	afterAll(async () => {
		if (t?.url) await t.destroy();
		rmSync(dir, { recursive: true, force: true });
	});

	it('leaves whole articles only: every stored article fully processed, no orphan rows', async () => {
		const env = dbEnv(t, path.join(dir, 'data'));
		const child = spawnScript('scripts/import.ts', [path.join(dir, 'in')], {
			env: { ...process.env, ...env },
			stdio: 'pipe'
		});
		let out = '';
		child.stdout!.on('data', (d) => (out += d));
		await new Promise<void>((resolve, reject) => {
			const poll = setInterval(() => {
				if ((out.match(/^added/gm) ?? []).length >= 3) {
					clearInterval(poll);
					child.kill('SIGKILL');
					resolve();
				}
			}, 20);
			child.on('exit', () =>
				reject(new Error(`the import finished before it could be killed:\n${out}`))
			);
		});
		await new Promise((r) => child.once('close', r));
		const reported = (out.match(/^added/gm) ?? []).length;

		const database = t.url
			? openDatabase({ url: t.url, max: 1 })
			: openDatabase({ dataDir: path.join(dir, 'data') });
		try {
			const [counts] = await rows(
				database,
				sql`select
					(select count(*)::int from articles) as articles,
					(select count(*)::int from articles where extracted_at is null) as unprocessed,
					(select count(*)::int from commitments c where not exists (select 1 from mentions m where m.commitment_id = c.id)) as items_without_evidence,
					(select count(*)::int from mentions m where not exists (select 1 from articles a where a.id = m.article_id)) as orphan_mentions`
			);
			expect(counts).toMatchObject({
				unprocessed: 0,
				items_without_evidence: 0,
				orphan_mentions: 0
			});
			// Killed between a commit and its printed line, one more article may be stored than reported.
			expect(Number(counts!.articles)).toBeGreaterThanOrEqual(reported);
			expect(Number(counts!.articles)).toBeLessThanOrEqual(reported + 1);
			expect(Number(counts!.articles)).toBeLessThan(FILES);
		} finally {
			await database.close();
		}
	});
});
