import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';
import { articles, auditLog, importJobFiles } from '../../src/lib/server/db/schema';
import { createImportJob, type UploadedFile } from '../../src/lib/server/editor/imports';
import { getImportJob } from '../../src/lib/server/queries/imports';
import { importNextFile, runImports } from '../../src/lib/server/editor/import-worker';
import { isDatabaseUnavailable } from '../../src/lib/server/http';
import type { Actor } from '../../src/lib/server/editor/actor';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { DatabaseRelay, freePort } from '../helpers/server';
import { dbEnv, spawnScript } from '../helpers/cli';
import { articleText, makeEditor } from './editor-fixtures';

const onPostgres = !!process.env.TEST_DATABASE_URL;

/** Distinct stories of our own, each with a dated pledge, so every file becomes a new article. */
function stories(prefix: string, n: number): UploadedFile[] {
	return Array.from({ length: n }, (_, i) => ({
		name: `${prefix}-${i}.txt`,
		bytes: new TextEncoder().encode(
			articleText(`${prefix} bulletin ${i} on the border market`, '2025-04-02', [
				`Officials from both provinces met on day ${i} of the trade week to review the new border market at ${prefix}.`,
				`The two sides agreed to finish the ${prefix} market hall number ${i} by 2028 and to open ${i + 3} customs lanes there.`
			])
		)
	}));
}

const numberOf = async (db: Db, where: ReturnType<typeof sql>) => {
	const [{ n }] = (await db.select({ n: count() }).from(articles).where(where)) as [{ n: number }];
	return Number(n);
};
const importAudits = async (db: Db, prefix: string) =>
	(
		await db
			.select()
			.from(auditLog)
			.where(
				sql`${auditLog.action} = 'article.import' and ${auditLog.after}->>'source' like ${prefix + '-%'}`
			)
	).length;
const pendingBytes = async (db: Db, jobId: number) =>
	(
		await db
			.select({ content: importJobFiles.content })
			.from(importJobFiles)
			.where(sql`${importJobFiles.jobId} = ${jobId} and ${importJobFiles.outcome} = 'pending'`)
	).map((r) => r.content?.length ?? 0);

describe(`import worker (${backendName})`, () => {
	let t: TestDatabase;
	let editor: Actor;
	/** A second app instance: its own pool on PostgreSQL; on PGlite (one connection) the same handle. */
	let other: Database;

	beforeAll(async () => {
		t = await createTestDatabase();
		editor = await makeEditor(t.db, 'worker@example.org');
		other = t.url ? openDatabase({ url: t.url, max: 2 }) : t;
	});
	afterAll(async () => {
		if (other !== t) await other?.close();
		await t?.destroy();
	});

	it('finishes a job whose instance died before working on it, bytes and all', async () => {
		const files = stories('orphan', 3);
		const jobId = await createImportJob(t.db, editor, files);
		// A file left by a version that did not keep the bytes gets a clear error, not an endless wait.
		await t.db.insert(importJobFiles).values({ jobId, fileName: 'lost.txt' });
		const before = (await getImportJob(t.db, jobId))!;
		expect(before.state).toBe('running');
		expect(before.counts.pending).toBe(4);
		expect(await pendingBytes(t.db, jobId)).toEqual([...files.map((f) => f.bytes.length), 0]);

		expect(await runImports(other.db)).toBe(4);
		const after = (await getImportJob(t.db, jobId))!;
		expect(after.state).toBe('done');
		expect(after.files.map((f) => [f.fileName, f.outcome])).toEqual([
			...files.map((f) => [f.name, 'added']),
			['lost.txt', 'error']
		]);
		expect(after.files[3]!.message).toContain('import it again');
		expect(await importAudits(t.db, 'orphan')).toBe(3);
		expect(await pendingBytes(t.db, jobId)).toEqual([]);
		const kept = await t.db
			.select({ content: importJobFiles.content })
			.from(importJobFiles)
			.where(eq(importJobFiles.jobId, jobId));
		expect(kept.every((r) => r.content === null)).toBe(true);
	});

	it.skipIf(!onPostgres)(
		'leaves a file alone while a live worker holds it, and takes it once that worker is gone',
		async () => {
			const jobId = await createImportJob(t.db, editor, stories('held', 3));
			const [first] = await t.db
				.select({ id: importJobFiles.id })
				.from(importJobFiles)
				.where(eq(importJobFiles.jobId, jobId))
				.orderBy(importJobFiles.id)
				.limit(1);
			// A worker on a third instance has claimed the first file, the way importNextFile does, and is still busy.
			const holder = postgres(t.url!, { max: 1, onnotice: () => {} });
			const claimed = new Promise<void>((resolveClaim) => {
				void holder
					.begin(async (tx) => {
						await tx`select id from import_job_files where id = ${first!.id} for update skip locked`;
						resolveClaim();
						await new Promise(() => {}); // never finishes: its instance is about to die
					})
					.catch(() => {});
			});
			await claimed;
			expect(await runImports(other.db)).toBe(2);
			let view = (await getImportJob(t.db, jobId))!;
			expect(view.files.map((f) => f.outcome)).toEqual(['pending', 'added', 'added']);
			expect(view.state).toBe('running');

			// The holder's instance dies: its connection goes, PostgreSQL drops its lock, the next run takes the file.
			await t.db.execute(
				sql`select pg_terminate_backend(pid) from pg_locks where locktype = 'relation' and relation = 'import_job_files'::regclass and pid <> pg_backend_pid()`
			);
			await holder.end({ timeout: 1 });
			expect(await runImports(other.db)).toBe(1);
			view = (await getImportJob(t.db, jobId))!;
			expect(view.files.map((f) => f.outcome)).toEqual(['added', 'added', 'added']);
			expect(view.state).toBe('done');
			expect(await importAudits(t.db, 'held')).toBe(3);
		}
	);

	it('two workers racing on one job import each file once', async () => {
		const files = stories('race', 12);
		const jobId = await createImportJob(t.db, editor, files);
		// Both pools connected before the start, so neither gets a head start from connecting.
		await Promise.all([t.db.execute(sql`select 1`), other.db.execute(sql`select 1`)]);
		const [a, b] = await Promise.all([runImports(t.db), runImports(other.db)]);
		expect(a + b).toBe(files.length);
		if (onPostgres) expect(Math.min(a, b)).toBeGreaterThan(0); // they really did share the job
		const view = (await getImportJob(t.db, jobId))!;
		expect(view.state).toBe('done');
		expect(view.files.every((f) => f.outcome === 'added')).toBe(true);
		expect(await numberOf(t.db, sql`${articles.source} like 'race-%'`)).toBe(files.length);
		expect(await importAudits(t.db, 'race')).toBe(files.length);
	});
});

/** Distinct stories finished, in a job whose worker was stopped part-way. */
async function expectHalfDone(
	db: Db,
	jobId: number,
	files: UploadedFile[]
): Promise<UploadedFile[]> {
	const view = (await getImportJob(db, jobId))!;
	const finished = view.files.filter((f) => f.outcome !== 'pending');
	expect(finished.length).toBeGreaterThanOrEqual(3);
	expect(finished.length).toBeLessThan(files.length);
	expect(finished.every((f) => f.outcome === 'added' && f.articleId !== null)).toBe(true);
	expect(view.state).toBe('running');
	const prefix = files[0]!.name.split('-')[0]!;
	// Nothing half-stored: exactly the finished files have articles, and the rest still have their bytes.
	expect(await numberOf(db, sql`${articles.source} like ${prefix + '-%'}`)).toBe(finished.length);
	const waiting = files.filter(
		(f) => view.files.find((v) => v.fileName === f.name)!.outcome === 'pending'
	);
	expect(await pendingBytes(db, jobId)).toEqual(waiting.map((f) => f.bytes.length));
	return waiting;
}

async function expectAllDone(db: Db, jobId: number, files: UploadedFile[]): Promise<void> {
	const view = (await getImportJob(db, jobId))!;
	expect(view.state).toBe('done');
	expect(view.files.map((f) => f.outcome)).toEqual(files.map(() => 'added'));
	const prefix = files[0]!.name.split('-')[0]!;
	expect(await numberOf(db, sql`${articles.source} like ${prefix + '-%'}`)).toBe(files.length);
	expect(await importAudits(db, prefix)).toBe(files.length);
}

describe(`an instance killed mid-job (${backendName})`, () => {
	let t: TestDatabase | undefined;
	let dir: string;
	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'camket-worker-'));
		if (onPostgres) t = await createTestDatabase();
	});
	afterAll(async () => {
		await t?.destroy();
		rmSync(dir, { recursive: true, force: true });
	});
	/** The app's database as a fresh instance opens it (PGlite: from its folder, one owner at a time). */
	const open = async (): Promise<Database> => {
		if (t) return openDatabase({ url: t.url!, max: 2 });
		const database = openDatabase({ dataDir: path.join(dir, 'data') });
		await runMigrations(database);
		return database;
	};

	it('leaves its unfinished files to the next instance, which finishes the job', async () => {
		// The worker may take four files (see below), so eight leave work for the next instance.
		const files = stories('killed', 8);
		let database = await open();
		const jobId = await createImportJob(
			database.db,
			await makeEditor(database.db, 'killed@example.org'),
			files
		);
		await database.close();

		const child = spawnScript('tests/helpers/import-worker-child.ts', [], {
			env: { ...process.env, ...dbEnv(t ?? {}, path.join(dir, 'data')) },
			stdio: 'pipe'
		});
		let out = '';
		child.stdout!.on('data', (d) => (out += d));
		child.stderr!.on('data', (d) => (out += d));
		// Four files at most: killed once three are done, it is at work on the fourth or about to be.
		child.stdin!.write('next\nnext\nnext\nnext\n');
		await new Promise<void>((resolve, reject) => {
			// A stalled child fails the test with what it printed, well inside the test's budget,
			// instead of a bare timeout that says nothing about where it stopped.
			const stalled = setTimeout(() => {
				clearInterval(poll);
				child.kill('SIGKILL');
				reject(new Error(`the worker did not import 3 files within 120 s:\n${out}`));
			}, 120_000);
			const poll = setInterval(() => {
				if ((out.match(/^imported/gm) ?? []).length >= 3) {
					clearInterval(poll);
					clearTimeout(stalled);
					child.kill('SIGKILL');
					resolve();
				}
			}, 10);
			child.on('exit', () => {
				clearInterval(poll);
				clearTimeout(stalled);
				reject(new Error(`the worker finished before it could be killed:\n${out}`));
			});
		});
		await new Promise((r) => child.once('close', r));

		database = await open();
		try {
			const waiting = await expectHalfDone(database.db, jobId, files);
			expect(await runImports(database.db)).toBe(waiting.length);
			await expectAllDone(database.db, jobId, files);
		} finally {
			await database.close();
		}
	}, 180_000); // three processes each boot PGlite (seconds of CPU each): the budget of hooks, not of a unit test
});

/**
 * PostgreSQL goes away between two files of a job: a TCP relay in front of it is cut, then let
 * through again. (A cut while a file's transaction is open crashed unpatched postgres.js 3.4.9;
 * patches/ fixes that, and tests/e2e/db-outage.test.ts cuts a running server mid-import.)
 */
describe.skipIf(!onPostgres)('import worker when PostgreSQL goes away mid-job', () => {
	let t: TestDatabase;
	let relay: DatabaseRelay;
	let worker: Database;

	beforeAll(async () => {
		t = await createTestDatabase();
		const direct = new URL(t.url!);
		relay = new DatabaseRelay(await freePort(), {
			host: direct.hostname,
			port: Number(direct.port || 5432)
		});
		await relay.open();
		const viaRelay = new URL(t.url!);
		viaRelay.hostname = '127.0.0.1';
		viaRelay.port = String(relay.port);
		worker = openDatabase({ url: viaRelay.toString(), max: 1 });
	});
	afterAll(async () => {
		await relay?.cut();
		await worker?.close();
		await t?.destroy();
	});

	it('keeps finished files finished and the rest pending with their bytes, and completes once it is back', async () => {
		const files = stories('outage', 12);
		const jobId = await createImportJob(t.db, await makeEditor(t.db, 'outage@example.org'), files);
		for (let i = 0; i < 3; i++) expect(await importNextFile(worker.db)).toBe(true);
		await relay.cut();
		const stopped = await runImports(worker.db).then(
			() => 'finished',
			(e: unknown) => e
		);
		expect(isDatabaseUnavailable(stopped)).toBe(true);

		const waiting = await expectHalfDone(t.db, jobId, files);
		await relay.open();
		expect(await runImports(worker.db)).toBe(waiting.length);
		await expectAllDone(t.db, jobId, files);
	});
});
