/** What the editor's import pages read: the recent jobs, and one job's progress file by file. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { importJobFiles, importJobs, users } from '../db/schema';

export interface ImportJobView {
	id: number;
	state: string;
	total: number;
	by: string | null;
	createdAt: Date;
	finishedAt: Date | null;
	counts: { pending: number; added: number; duplicate: number; error: number };
	files: {
		id: number;
		fileName: string;
		outcome: string;
		message: string | null;
		articleId: number | null;
	}[];
}

export async function getImportJob(db: Db, id: number): Promise<ImportJobView | null> {
	const [job] = await db
		.select({
			id: importJobs.id,
			state: importJobs.state,
			total: importJobs.total,
			by: users.email,
			createdAt: importJobs.createdAt,
			finishedAt: importJobs.finishedAt
		})
		.from(importJobs)
		.leftJoin(users, eq(users.id, importJobs.userId))
		.where(eq(importJobs.id, id));
	if (!job) return null;
	const files = await db
		.select({
			id: importJobFiles.id,
			fileName: importJobFiles.fileName,
			outcome: importJobFiles.outcome,
			message: importJobFiles.message,
			articleId: importJobFiles.articleId
		})
		.from(importJobFiles)
		.where(eq(importJobFiles.jobId, id))
		.orderBy(asc(importJobFiles.id));
	const counts = { pending: 0, added: 0, duplicate: 0, error: 0 };
	for (const f of files) if (f.outcome in counts) counts[f.outcome as keyof typeof counts]++;
	return { ...job, counts, files };
}

export async function listImportJobs(
	db: Db,
	limit = 20
): Promise<{ id: number; state: string; total: number; createdAt: Date; by: string | null }[]> {
	return db
		.select({
			id: importJobs.id,
			state: importJobs.state,
			total: importJobs.total,
			createdAt: importJobs.createdAt,
			by: users.email
		})
		.from(importJobs)
		.leftJoin(users, eq(users.id, importJobs.userId))
		.orderBy(sql`${importJobs.id} desc`)
		.limit(limit);
}
