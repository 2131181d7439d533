import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A fresh PGlite cluster takes about 40 MB; below this we refuse rather than fail half-way. */
const MIN_FREE_BYTES = 64 * 1024 * 1024;

/**
 * Makes sure PGlite can live in `dir` before it starts writing there: the folder exists,
 * accepts a write and has room. Each failure says what to fix, with the errno code.
 */
export function prepareDataDir(dir: string): void {
	try {
		mkdirSync(dir, { recursive: true });
	} catch (e) {
		throw dataDirError(`cannot create the folder`, e);
	}
	const probe = path.join(dir, `.write-probe-${process.pid}`);
	try {
		writeFileSync(probe, 'ok');
	} catch (e) {
		throw dataDirError('the folder is not writable', e);
	} finally {
		rmSync(probe, { force: true });
	}
	const { bavail, bsize } = statfsSync(dir);
	const free = Number(bavail) * Number(bsize);
	if (free < MIN_FREE_BYTES) {
		throw Object.assign(
			new Error(
				`only ${(free / 1024 / 1024).toFixed(1)} MB free there; the database needs at least ${MIN_FREE_BYTES / 1024 / 1024} MB`
			),
			{ code: 'ENOSPC' }
		);
	}
}

function dataDirError(what: string, cause: unknown): Error {
	const code = (cause as { code?: string }).code ?? 'EIO';
	const reason =
		code === 'EROFS'
			? 'the file system is read-only'
			: code === 'ENOSPC'
				? 'the disk is full'
				: code === 'EACCES' || code === 'EPERM'
					? 'permission denied'
					: (cause as Error).message;
	return Object.assign(new Error(`${what}: ${reason}`), { code, cause });
}
