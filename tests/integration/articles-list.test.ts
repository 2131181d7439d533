import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../src/lib/server/db/schema';
import { listArticleFiles } from '../../src/lib/server/ingest/files';
import { importFile } from '../../src/lib/server/pipeline/import';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { listArticles } from '../../src/lib/server/queries/articles';
import { getArticleEvidence } from '../../src/lib/server/queries';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

const SEEDS = path.resolve('seeds');
const CORPUS = path.resolve('../shared/corpus');

describe(`the articles list and what an import accepts as an article (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
		for (const name of readdirSync(SEEDS).sort())
			await importArticle(t.db, name, readFileSync(path.join(SEEDS, name)));
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('counts each article’s own mentions', async () => {
		const listed = await listArticles(t.db);
		expect(listed).toHaveLength(5);
		for (const a of listed) {
			const evidence = await getArticleEvidence(t.db, a.id, '2100-01-01');
			expect(a.mentionCount, a.title).toBe(evidence!.mentions.length);
		}
		// The seeds differ a lot in how many commitments they hold; one count for all was the bug.
		expect(new Set(listed.map((a) => a.mentionCount)).size).toBeGreaterThan(2);
		// The list names each article's outlet where its text gives one.
		expect(
			listed
				.map((a) => a.outlet)
				.filter(Boolean)
				.sort()
		).toEqual(['Người Lao Động (NLĐO)', 'TTXVN', 'TTXVN/Vietnam+', 'VTC News']);
	});

	it('refuses a folder’s README and index table with a reason, and imports the articles beside them', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'camket-folder-'));
		writeFileSync(
			path.join(dir, 'README.md'),
			'# A test corpus\n\nTwo stories written for this test.\n\n| file | source |\n| --- | --- |\n| a.txt | test |\n\n## Licence\n\nNone.\n'
		);
		writeFileSync(
			path.join(dir, 'index.tsv'),
			'file\tsource\tdate\tkeywords\nstory.txt\ttest\t2026-01-02\thợp tác|đầu tư\nother.txt\ttest\t2026-01-03\tthương mại\n'
		);
		writeFileSync(path.join(dir, 'notes.csv'), 'a,b\n1,2\n');
		writeFileSync(
			path.join(dir, 'story.txt'),
			' date 2026-01-02 Hai nước nhất trí mở rộng hợp tác giáo dục trong năm tới\n\nHai bên nhất trí tiếp tục mở rộng hợp tác giáo dục và đào tạo, tăng số học bổng dành cho sinh viên hai nước trong năm học tới, theo một bài viết thử nghiệm do nhóm phát triển soạn.\n'
		);
		const results = new Map<string, Awaited<ReturnType<typeof importFile>>>();
		for (const file of await listArticleFiles([dir]))
			results.set(path.basename(file), await importFile(t.db, file));
		expect(results.get('story.txt')?.outcome).toBe('added');
		for (const name of ['README.md', 'index.tsv', 'notes.csv']) {
			const r = results.get(name)!;
			expect(r.outcome, name).toBe('error');
			expect(r.outcome === 'error' && r.reason, name).toMatch(/^not an article: /);
		}
		const index = results.get('index.tsv')!;
		expect(index.outcome === 'error' && index.reason).toMatch(/table/);
		const [{ n }] = (await t.db.select({ n: count() }).from(articles)) as [{ n: number }];
		expect(Number(n)).toBe(6);
	});

	it('refuses a table or a Markdown document even when it is named .txt', async () => {
		const table = await importArticle(
			t.db,
			'index.txt',
			new TextEncoder().encode('a\tb\tc\n1\t2\t3\n4\t5\t6\n')
		);
		expect(table).toMatchObject({ outcome: 'error', reason: expect.stringMatching(/table/) });
		const doc = await importArticle(
			t.db,
			'readme.txt',
			new TextEncoder().encode(
				'# Title\n\nSome prose about the folder.\n\n## Files\n\nOne per story.\n'
			)
		);
		expect(doc).toMatchObject({ outcome: 'error', reason: expect.stringMatching(/Markdown/) });
	});

	it.skipIf(!readdirSafe(CORPUS).includes('README.md'))(
		'refuses the shared corpus’s own README.md and index.tsv',
		async () => {
			for (const name of ['README.md', 'index.tsv']) {
				const r = await importFile(t.db, path.join(CORPUS, name));
				expect(r, name).toMatchObject({
					outcome: 'error',
					reason: expect.stringMatching(/^not an article: /)
				});
			}
		}
	);
});

function readdirSafe(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		console.warn(`${dir} is absent: the check on the shared corpus's own files is skipped`);
		return [];
	}
}
