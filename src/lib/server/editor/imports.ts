/**
 * Editor imports. The job and one row per file live in the database, so any app instance can
 * show the progress; the files are processed one by one after the request returns. Each file
 * is one transaction (see `importOne`).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { importJobFiles, importJobs, users } from '../db/schema';
import { importArticle, type ImportOutcome } from '../ingest/store';
import type { Actor } from './actor';
import { writeAudit } from './audit';

export interface UploadedFile {
	name: string;
	bytes: Uint8Array;
}

export const MAX_FILES = 200;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function createImportJob(db: Db, actor: Actor, files: UploadedFile[]): Promise<number> {
	return db.transaction(async (tx) => {
		const [job] = await tx.insert(importJobs).values({ userId: actor.id, total: files.length }).returning({ id: importJobs.id });
		await tx.insert(importJobFiles).values(files.map((f) => ({ jobId: job!.id, fileName: f.name })));
		await writeAudit(tx, { userId: actor.id, action: 'import.start', entityType: 'import_job', entityId: job!.id, before: null, after: { files: files.map((f) => f.name) } });
		return job!.id;
	});
}

/**
 * One file, one transaction: `importArticle` stores, extracts and links the article; the audit
 * entry joins the same transaction, and a database failure anywhere inside rolls all of it back.
 */
export async function importOne(db: Db, actor: Actor, file: UploadedFile): Promise<ImportOutcome> {
	try {
		return await db.transaction(async (tx) => {
			const result = await importArticle(tx, file.name, file.bytes);
			if (result.outcome !== 'added') return result;
			await writeAudit(tx, {
				userId: actor.id,
				action: 'article.import',
				entityType: 'article',
				entityId: result.article.id,
				before: null,
				after: { source: result.article.source, title: result.article.title, publishedOn: result.article.publishedOn, contentHash: result.article.contentHash }
			});
			return result;
		});
	} catch (e) {
		return { outcome: 'error', reason: `the database refused it, nothing was saved (${describeError(e)})` };
	}
}

function describeError(e: unknown): string {
	let inner = e;
	while (inner instanceof Error && inner.cause) inner = inner.cause;
	return inner instanceof Error ? inner.message : String(inner);
}

/** Processes a job's files in order, recording each outcome as soon as it is known. */
export async function runImportJob(db: Db, actor: Actor, jobId: number, files: UploadedFile[]): Promise<void> {
	const rows = await db.select({ id: importJobFiles.id }).from(importJobFiles).where(eq(importJobFiles.jobId, jobId)).orderBy(asc(importJobFiles.id));
	try {
		for (const [i, file] of files.entries()) {
			const result = await importOne(db, actor, file);
			await db
				.update(importJobFiles)
				.set({
					outcome: result.outcome,
					message: result.outcome === 'error' ? result.reason : result.outcome === 'duplicate' ? `already imported as “${result.title}”` : null,
					articleId: result.outcome === 'added' ? result.article.id : result.outcome === 'duplicate' ? result.articleId : null
				})
				.where(eq(importJobFiles.id, rows[i]!.id));
		}
		await db.update(importJobs).set({ state: 'done', finishedAt: new Date() }).where(eq(importJobs.id, jobId));
	} catch (e) {
		await db
			.update(importJobFiles)
			.set({ outcome: 'error', message: `not processed: the import stopped (${describeError(e)})` })
			.where(and(eq(importJobFiles.jobId, jobId), eq(importJobFiles.outcome, 'pending')))
			.catch(() => {});
		await db.update(importJobs).set({ state: 'failed', finishedAt: new Date() }).where(eq(importJobs.id, jobId)).catch(() => {});
	}
}

/** Creates the job and starts it without waiting: the request returns at once, the page polls. */
export async function startImport(db: Db, actor: Actor, files: UploadedFile[]): Promise<number> {
	const jobId = await createImportJob(db, actor, files);
	void runImportJob(db, actor, jobId, files);
	return jobId;
}

export interface ImportJobView {
	id: number;
	state: string;
	total: number;
	by: string | null;
	createdAt: Date;
	finishedAt: Date | null;
	counts: { pending: number; added: number; duplicate: number; error: number };
	files: { id: number; fileName: string; outcome: string; message: string | null; articleId: number | null }[];
}

export async function getImportJob(db: Db, id: number): Promise<ImportJobView | null> {
	const [job] = await db
		.select({ id: importJobs.id, state: importJobs.state, total: importJobs.total, by: users.email, createdAt: importJobs.createdAt, finishedAt: importJobs.finishedAt })
		.from(importJobs)
		.leftJoin(users, eq(users.id, importJobs.userId))
		.where(eq(importJobs.id, id));
	if (!job) return null;
	const files = await db
		.select({ id: importJobFiles.id, fileName: importJobFiles.fileName, outcome: importJobFiles.outcome, message: importJobFiles.message, articleId: importJobFiles.articleId })
		.from(importJobFiles)
		.where(eq(importJobFiles.jobId, id))
		.orderBy(asc(importJobFiles.id));
	const counts = { pending: 0, added: 0, duplicate: 0, error: 0 };
	for (const f of files) if (f.outcome in counts) counts[f.outcome as keyof typeof counts]++;
	return { ...job, counts, files };
}

export async function listImportJobs(db: Db, limit = 20): Promise<{ id: number; state: string; total: number; createdAt: Date; by: string | null }[]> {
	return db
		.select({ id: importJobs.id, state: importJobs.state, total: importJobs.total, createdAt: importJobs.createdAt, by: users.email })
		.from(importJobs)
		.leftJoin(users, eq(users.id, importJobs.userId))
		.orderBy(sql`${importJobs.id} desc`)
		.limit(limit);
}
