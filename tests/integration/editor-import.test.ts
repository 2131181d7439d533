import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	articles,
	auditLog,
	commitments,
	importJobFiles,
	mentions
} from '../../src/lib/server/db/schema';
import { createImportJob, importOne, type UploadedFile } from '../../src/lib/server/editor/imports';
import { getImportJob } from '../../src/lib/server/queries/imports';
import { runImports } from '../../src/lib/server/editor/import-worker';
import type { Actor } from '../../src/lib/server/editor/actor';
import type { Db } from '../../src/lib/server/db/client';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { articleText, makeEditor } from './editor-fixtures';

const SEEDS = path.resolve('seeds');
const seedFiles: UploadedFile[] = readdirSync(SEEDS)
	.sort()
	.map((name) => ({ name, bytes: readFileSync(path.join(SEEDS, name)) }));

const numberOf = async (db: Db, table: typeof articles | typeof mentions | typeof commitments) => {
	const [{ n }] = (await db.select({ n: count() }).from(table)) as [{ n: number }];
	return Number(n);
};

describe(`editor imports (${backendName})`, () => {
	let t: TestDatabase;
	let editor: Actor;
	beforeAll(async () => {
		t = await createTestDatabase();
		editor = await makeEditor(t.db, 'importer@example.org');
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('ten parallel imports of the same files add each article once, and every file gets a report', async () => {
		const jobs = await Promise.all(
			Array.from({ length: 10 }, () => createImportJob(t.db, editor, seedFiles))
		);
		// Four workers share the ten jobs, as four app instances would.
		const imported = await Promise.all(Array.from({ length: 4 }, () => runImports(t.db)));
		expect(imported.reduce((a, b) => a + b)).toBe(10 * seedFiles.length);
		expect(await numberOf(t.db, articles)).toBe(seedFiles.length);
		// The same files imported once, one by one, into an empty database: the items must match.
		const alone = await createTestDatabase();
		try {
			for (const f of seedFiles)
				await importOne(
					alone.db,
					{ ...editor, id: (await makeEditor(alone.db, `e${f.name}@example.org`)).id },
					f
				);
			expect(await numberOf(alone.db, commitments)).toBeGreaterThan(0);
			expect(await numberOf(t.db, commitments)).toBe(await numberOf(alone.db, commitments));
			expect(await numberOf(t.db, mentions)).toBe(await numberOf(alone.db, mentions));
		} finally {
			await alone.destroy();
		}
		const views = await Promise.all(jobs.map((id) => getImportJob(t.db, id)));
		const added = views.flatMap((v) =>
			v!.files.filter((f) => f.outcome === 'added').map((f) => f.fileName)
		);
		expect(added.sort()).toEqual(seedFiles.map((f) => f.name).sort());
		for (const v of views) {
			expect(v!.state).toBe('done');
			expect(v!.counts.pending).toBe(0);
			expect(v!.counts.added + v!.counts.duplicate).toBe(seedFiles.length);
			for (const f of v!.files.filter((x) => x.outcome === 'duplicate'))
				expect(f.message).toMatch(/^already imported as “.+”$/);
		}
		const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'article.import'));
		expect(audits).toHaveLength(seedFiles.length);
		// Every file has its outcome, so no uploaded bytes are kept any longer.
		expect(
			await t.db
				.select({ id: importJobFiles.id })
				.from(importJobFiles)
				.where(sql`${importJobFiles.content} is not null`)
		).toEqual([]);
	});

	it('reports a bad file as an error with the reason, and goes on with the rest', async () => {
		const good = {
			name: 'own-test.txt',
			bytes: new TextEncoder().encode(
				articleText('A test story about a new bridge', '2025-03-04', [
					'The bridge will open in 2027 and carry 3,000 vehicles a day.'
				])
			)
		};
		const empty = { name: 'empty.txt', bytes: new Uint8Array() };
		const id = await createImportJob(t.db, editor, [empty, good]);
		await runImports(t.db);
		const view = (await getImportJob(t.db, id))!;
		expect(view.files.map((f) => f.outcome)).toEqual(['error', 'added']);
		expect(view.files[0]!.message).toBeTruthy();
	});

	it('rolls the whole file back when the database fails mid-import: no article, item or mention rows', async () => {
		// Our own sentence with a trade target, so the pipeline writes an item and a mention.
		const pledge =
			'Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương lên 8 tỷ USD vào năm 2030.';
		await t.db.execute(
			sql`create function camket_test_fail() returns trigger language plpgsql as $$ begin raise exception 'disk full (test)'; end $$`
		);
		await t.db.execute(
			sql`create trigger camket_test_fail before insert on mentions for each row execute function camket_test_fail()`
		);
		const before = {
			a: await numberOf(t.db, articles),
			c: await numberOf(t.db, commitments),
			m: await numberOf(t.db, mentions)
		};
		const file = {
			name: 'doomed.txt',
			bytes: new TextEncoder().encode(
				articleText('Tin thử nghiệm về thương mại hai nước', '2025-05-06', [
					'Đoạn mở đầu này chỉ giới thiệu bối cảnh của cuộc gặp giữa hai đoàn.',
					pledge
				])
			)
		};
		const result = await importOne(t.db, editor, file);
		expect(result).toMatchObject({ outcome: 'error' });
		expect((result as { reason: string }).reason).toContain('disk full (test)');
		expect({
			a: await numberOf(t.db, articles),
			c: await numberOf(t.db, commitments),
			m: await numberOf(t.db, mentions)
		}).toEqual(before);
		expect(
			await t.db.select().from(articles).where(eq(articles.source, 'doomed.txt'))
		).toHaveLength(0);
		expect(
			await t.db
				.select()
				.from(auditLog)
				.where(sql`${auditLog.after}->>'source' = 'doomed.txt'`)
		).toHaveLength(0);

		await t.db.execute(sql`drop trigger camket_test_fail on mentions`);
		const landed = await importOne(t.db, editor, file);
		expect(landed).toMatchObject({ outcome: 'added' });
		// Proof that the trigger stood in the pipeline's way: without it, mentions are written.
		const id = (landed as { article: { id: number } }).article.id;
		expect(
			(await t.db.select().from(mentions).where(eq(mentions.articleId, id))).length
		).toBeGreaterThan(0);
	});
});
