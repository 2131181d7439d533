/**
 * What is wrong with a PGlite folder that does not open. PGlite itself only says "Aborted()" or
 * "failed to initialize properly"; the operator needs to know which part is damaged and what to do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCK_FILE } from './folder-lock';

/** The PostgreSQL major version of the bundled PGlite (a test checks a fresh folder says the same). */
export const PGLITE_PG_MAJOR = '18';

const RESTORE =
	'Restore the folder from a backup, or move it aside and start again (npm start creates a fresh database; import the articles again)';

/** Before opening: refuse a folder that holds something other than a database, so initdb never writes into it. */
export function checkBeforeOpen(dir: string): string | null {
	if (existsSync(path.join(dir, 'PG_VERSION'))) return null;
	const others = readdirSync(dir).filter((f) => f !== LOCK_FILE && !f.startsWith('.write-probe-'));
	if (others.length === 0) return null;
	return `the folder is not empty but holds no database (no PG_VERSION; found ${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''}). Point DATA_DIR at Camket's data folder or at a new empty folder`;
}

/** After a failed open: names the damage it can see, else says the files are unreadable. */
export function diagnoseOpenFailure(dir: string, error: unknown): string {
	const version = readVersion(dir);
	if (version === null)
		return `PG_VERSION is missing: the folder is incomplete (a first start interrupted?). ${RESTORE}`;
	if (!/^\d+$/.test(version))
		return `PG_VERSION is damaged (it reads "${version.slice(0, 20)}"). ${RESTORE}`;
	if (version !== PGLITE_PG_MAJOR) {
		return `the folder was made by PostgreSQL ${version}, and this Camket runs PostgreSQL ${PGLITE_PG_MAJOR}. Open it with the Camket version that made it and export the data, or start a new folder`;
	}
	for (const part of ['global/pg_control', 'base', 'pg_wal']) {
		if (!existsSync(path.join(dir, part)))
			return `${part} is missing from the folder: it is damaged. ${RESTORE}`;
	}
	const detail = error instanceof Error ? error.message.split('.')[0] : String(error);
	return `the database files are damaged and PGlite cannot read them (${detail}). This happens when two processes wrote the folder at once or the disk failed. ${RESTORE}`;
}

function readVersion(dir: string): string | null {
	try {
		return readFileSync(path.join(dir, 'PG_VERSION'), 'utf8').trim();
	} catch {
		return null;
	}
}
