/**
 * Editor imports. The job, one row per file and each file's bytes live in the database, so any
 * app instance can show the progress and any instance can finish the work (see
 * `import-worker.ts`). Each file is one transaction (see `importInto`).
 */
import type { Db } from '../db/client';
import { importJobFiles, importJobs } from '../db/schema';
import { importArticle, type ImportOutcome } from '../pipeline/import';
import type { Actor } from './actor';
import { writeAudit } from './audit';

export interface UploadedFile {
	name: string;
	bytes: Uint8Array;
}

export const MAX_FILES = 200;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Stores the job and every file's bytes in one transaction: once the editor sees the job,
 * nothing of it can be lost. The caller then wakes the worker (`wakeImportWorker`).
 */
export async function createImportJob(
	db: Db,
	actor: Actor,
	files: UploadedFile[],
	links: string[] = []
): Promise<number> {
	return db.transaction(async (tx) => {
		const [job] = await tx
			.insert(importJobs)
			.values({ userId: actor.id, total: files.length + links.length })
			.returning({ id: importJobs.id });
		const rows = [
			...files.map((f) => ({ jobId: job!.id, fileName: f.name, content: f.bytes })),
			// A link is fetched by the worker; a bad one gets its reason there, beside the others.
			...links.map((l) => ({ jobId: job!.id, fileName: l, url: l }))
		];
		await tx.insert(importJobFiles).values(rows);
		await writeAudit(tx, {
			userId: actor.id,
			action: 'import.start',
			entityType: 'import_job',
			entityId: job!.id,
			before: null,
			after: { files: files.map((f) => f.name), links }
		});
		return job!.id;
	});
}

/**
 * Stores, extracts and links one file inside the caller's transaction `tx`, with its audit
 * entry: a database failure anywhere rolls all of it back.
 */
export async function importInto(
	tx: Db,
	userId: number | null,
	file: UploadedFile
): Promise<ImportOutcome> {
	return audited(tx, userId, await importArticle(tx, file.name, file.bytes));
}

/** Writes the audit entry of an added article in the transaction that added it. */
export async function audited(
	tx: Db,
	userId: number | null,
	result: ImportOutcome
): Promise<ImportOutcome> {
	if (result.outcome !== 'added') return result;
	await writeAudit(tx, {
		userId,
		action: 'article.import',
		entityType: 'article',
		entityId: result.article.id,
		before: null,
		after: {
			source: result.article.source,
			title: result.article.title,
			publishedOn: result.article.publishedOn,
			contentHash: result.article.contentHash
		}
	});
	return result;
}

/** One file, one transaction, outside any job; a refused write comes back as an error outcome. */
export async function importOne(db: Db, actor: Actor, file: UploadedFile): Promise<ImportOutcome> {
	try {
		return await db.transaction((tx) => importInto(tx, actor.id, file));
	} catch (e) {
		return refused(e);
	}
}

export function refused(e: unknown): ImportOutcome {
	let inner = e;
	while (inner instanceof Error && inner.cause) inner = inner.cause;
	return {
		outcome: 'error',
		reason: `the database refused it, nothing was saved (${inner instanceof Error ? inner.message : String(inner)})`
	};
}
