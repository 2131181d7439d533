/**
 * The import worker. Every app instance runs one; they share the work through the database.
 *
 * A file is claimed by locking its row (`FOR UPDATE SKIP LOCKED`) in the transaction that
 * imports it and records its outcome, so the article, its audit entry and the file's outcome
 * commit together or not at all, and a file is never worked on by two workers at once. The
 * row lock is the lease: PostgreSQL drops it when the holder's transaction ends — committed,
 * rolled back, its connection gone, or silent for LEASE_SECONDS — and the next worker to look
 * takes the file. A worker that cannot reach the database stops and leaves the rest pending.
 */
import { and, asc, eq, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { importJobFiles, importJobs } from '../db/schema';
import type { ImportOutcome } from '../pipeline/import';
import { isDatabaseUnavailable } from '../http';
import { fetchLink } from '../ingest/web';
import { importFetched } from '../pipeline/import';
import { audited, importInto, refused } from './imports';

/** How long a worker's transaction may sit idle before PostgreSQL ends it and frees its file. */
const LEASE_SECONDS = 60;
/** How often each instance looks for files nobody is working on (a dead instance's, say). */
const SWEEP_MS = 30_000;

/** How long a worker may take to fetch a link before another worker may fetch it again. */
const LINK_LEASE_SECONDS = 120;

/** Imports the oldest pending file nobody holds; false when there is none. */
export async function importNextFile(db: Db): Promise<boolean> {
	let claimed: number | null = null;
	let link: { id: number; url: string; userId: number | null } | null = null;
	try {
		const done = await db.transaction(async (tx) => {
			await tx.execute(
				sql.raw(`set local idle_in_transaction_session_timeout = '${LEASE_SECONDS}s'`)
			);
			const [file] = await tx
				.select({
					id: importJobFiles.id,
					name: importJobFiles.fileName,
					bytes: importJobFiles.content,
					url: importJobFiles.url,
					userId: importJobs.userId
				})
				.from(importJobFiles)
				.innerJoin(importJobs, eq(importJobs.id, importJobFiles.jobId))
				.where(
					and(
						eq(importJobFiles.outcome, 'pending'),
						or(isNull(importJobFiles.leasedUntil), lt(importJobFiles.leasedUntil, sql`now()`))
					)
				)
				.orderBy(asc(importJobFiles.id))
				.limit(1)
				.for('update', { of: importJobFiles, skipLocked: true });
			if (!file) return false;
			claimed = file.id;
			if (file.url !== null) {
				// A link is fetched after this transaction, under a lease: no row lock, and on PGlite
				// no connection, is held while a slow site answers.
				await tx
					.update(importJobFiles)
					.set({ leasedUntil: sql`now() + make_interval(secs => ${LINK_LEASE_SECONDS})` })
					.where(eq(importJobFiles.id, file.id));
				link = { id: file.id, url: file.url, userId: file.userId };
				return true;
			}
			const result: ImportOutcome = file.bytes
				? await importInto(tx, file.userId, { name: file.name, bytes: file.bytes })
				: {
						outcome: 'error',
						reason:
							'the file was uploaded before uploads were kept in the database and is gone; import it again'
					};
			await recordOutcome(tx, file.id, result);
			return true;
		});
		if (link) await importLink(db, link);
		return done;
	} catch (e) {
		// Unreachable database: the file stays pending for whoever can reach it next.
		if (claimed === null || isDatabaseUnavailable(e)) throw e;
		await recordOutcome(db, claimed, refused(e));
		return true;
	}
}

/** Fetches a leased link, then stores the page and the link's outcome in one transaction. */
async function importLink(
	db: Db,
	link: { id: number; url: string; userId: number | null }
): Promise<void> {
	let fetched: Awaited<ReturnType<typeof fetchLink>>;
	try {
		fetched = await fetchLink(db, link.url);
	} catch (e) {
		if (isDatabaseUnavailable(e)) throw e;
		fetched = {
			done: {
				outcome: 'error',
				reason: `the link could not be fetched (${e instanceof Error ? e.message : String(e)})`
			}
		};
	}
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ id: importJobFiles.id })
			.from(importJobFiles)
			.where(and(eq(importJobFiles.id, link.id), eq(importJobFiles.outcome, 'pending')))
			// Wait for the row, never skip it: another worker's claim can hold it for a moment
			// (PostgreSQL keeps the lock on a row its claim scanned and then rejected as leased),
			// and skipping would leave the link pending under our lease for two minutes.
			.for('update');
		if (!row) return; // another worker, whose lease ran after ours expired, finished it
		const result =
			'done' in fetched
				? fetched.done
				: await audited(tx, link.userId, await importFetched(tx, link.url, fetched.page));
		await recordOutcome(tx, link.id, result);
	});
}

/** Writes a file's outcome once (a file that already has one keeps it) and lets its bytes go. */
async function recordOutcome(db: Db, fileId: number, result: ImportOutcome): Promise<void> {
	await db
		.update(importJobFiles)
		.set({
			outcome: result.outcome,
			message:
				result.outcome === 'error'
					? result.reason
					: result.outcome === 'duplicate'
						? `already imported as “${result.title}”${result.by === 'url' ? ' (same URL)' : ''}`
						: null,
			articleId:
				result.outcome === 'added'
					? result.article.id
					: result.outcome === 'duplicate'
						? result.articleId
						: null,
			content: null
		})
		.where(and(eq(importJobFiles.id, fileId), eq(importJobFiles.outcome, 'pending')));
}

/** Marks done every running job left with no pending file, whichever worker finished its last one. */
export async function finishJobs(db: Db): Promise<void> {
	const pending = db
		.select({ id: importJobFiles.id })
		.from(importJobFiles)
		.where(and(eq(importJobFiles.jobId, importJobs.id), eq(importJobFiles.outcome, 'pending')));
	await db
		.update(importJobs)
		.set({ state: 'done', finishedAt: new Date() })
		.where(and(eq(importJobs.state, 'running'), notExists(pending)));
}

/** Imports files until none is left that this worker may take; returns how many it imported. */
export async function runImports(db: Db): Promise<number> {
	let n = 0;
	while (!stopping && (await importNextFile(db))) {
		n++;
		// PGlite runs in this thread and answers without real I/O, so a job would otherwise hold
		// the event loop until its last file and every page, its own progress page too, would wait.
		await new Promise((resolve) => setImmediate(resolve));
	}
	// Run after this worker's last commit, so the worker that finishes a job's last file sees it finished.
	await finishJobs(db);
	return n;
}

let running: Promise<void> | null = null;
let wokenAgain = false;
/** Set on shutdown: the file in hand is finished, the rest stay pending for the next start. */
let stopping = false;
/** The worker's own connection (see `batchDatabase`), set when the instance starts it. */
let workerDb: Db | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retryDelayMs = 0;

/** After a lost connection the worker tries again soon, then less often, up to the sweep's pace. */
const FIRST_RETRY_MS = 500;

/**
 * Runs this instance's worker in the background, one run at a time; a wake-up during a run
 * makes it look once more afterwards, so a job created at the end of a run is not left waiting.
 * A started worker uses its own connection whatever the caller passes.
 */
export function wakeImportWorker(fallback?: Db): void {
	const db = workerDb ?? fallback;
	if (!db || stopping) return;
	if (running) {
		wokenAgain = true;
		return;
	}
	running = (async () => {
		do {
			wokenAgain = false;
			await runImports(db);
		} while (wokenAgain);
		retryDelayMs = 0;
	})()
		.catch((e) => {
			wokenAgain = false; // no tight loop against a database that is down: retry with backoff
			if (!isDatabaseUnavailable(e)) return console.error(e);
			retryDelayMs = Math.min(retryDelayMs ? retryDelayMs * 2 : FIRST_RETRY_MS, SWEEP_MS);
			console.error(
				`import worker: database unavailable (${describe(e)}); the pending files wait, next try in ${retryDelayMs} ms`
			);
			retryTimer ??= setTimeout(() => {
				retryTimer = null;
				wakeImportWorker(db);
			}, retryDelayMs);
			retryTimer.unref();
		})
		.finally(() => {
			running = null;
			if (wokenAgain) wakeImportWorker(db);
		});
}

function describe(e: unknown): string {
	for (let inner = e; inner; inner = (inner as { cause?: unknown }).cause) {
		const code = (inner as { code?: unknown }).code;
		if (typeof code === 'string') return code;
		if (!(inner instanceof Error)) break;
	}
	return e instanceof Error ? e.message : String(e);
}

let sweeping: ReturnType<typeof setInterval> | null = null;

/** At start-up: finish what a dead instance left, then look again every SWEEP_MS. */
export function startImportWorker(db: Db): void {
	workerDb = db;
	stopping = false;
	wakeImportWorker(db);
	sweeping ??= setInterval(() => wakeImportWorker(db), SWEEP_MS);
	sweeping.unref();
}

/** On shutdown: no new runs; resolves when the current one has stopped. */
export async function stopImportWorker(): Promise<void> {
	if (sweeping) clearInterval(sweeping);
	if (retryTimer) clearTimeout(retryTimer);
	sweeping = retryTimer = null;
	workerDb = null;
	stopping = true;
	await running?.catch(() => {});
}
