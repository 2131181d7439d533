/**
 * One process per PGlite folder. PGlite has no lock of its own: a second process writing the
 * same files (the import command beside a running server) hands out the same ids and loses
 * rows, or leaves a folder that never opens again. So whoever opens DATA_DIR first creates
 * `camket.lock` in it with O_EXCL (atomic on local file systems) and writes who it is; the
 * next one reads that and is refused by name. A lock whose process is gone is stale and taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'camket.lock';

const Holder = z.object({
	pid: z.number().int().positive(),
	host: z.string(),
	command: z.string(),
	since: z.string()
});
type Holder = z.infer<typeof Holder>;

export class FolderLockedError extends Error {
	readonly code = 'EFOLDERLOCKED';
	constructor(
		readonly folder: string,
		readonly holder: Holder
	) {
		super(
			`the folder ${folder} is in use by process ${holder.pid} (${holder.command}) on ${holder.host} since ${holder.since}. ` +
				`Only one process may open an embedded database at a time: stop that process first` +
				` (while the server runs, upload files at /editor/import instead of running a command)`
		);
	}
}

export interface FolderLock {
	release(): void;
}

/** Takes the folder's lock or throws FolderLockedError naming the holder. */
export function lockFolder(dir: string, command = describeCommand()): FolderLock {
	const folder = path.resolve(dir);
	const file = path.join(folder, LOCK_FILE);
	const me: Holder = {
		pid: process.pid,
		host: hostname(),
		command,
		since: new Date().toISOString()
	};
	for (let attempt = 0; attempt < 3; attempt++) {
		let fd: number;
		try {
			fd = openSync(file, 'wx', 0o644);
		} catch (e) {
			if ((e as { code?: string }).code !== 'EEXIST') throw e;
			const holder = readHolder(file);
			if (holder && isAlive(holder)) throw new FolderLockedError(folder, holder);
			// Stale (its process is gone) or unreadable (a writer died mid-write): take it over.
			rmSync(file, { force: true });
			continue;
		}
		try {
			writeSync(fd, JSON.stringify(me));
		} finally {
			closeSync(fd);
		}
		return lockHandle(file, me);
	}
	throw new Error(`could not take the lock ${file}: other processes keep replacing it`);
}

function lockHandle(file: string, me: Holder): FolderLock {
	let held = true;
	const release = () => {
		if (!held) return;
		held = false;
		process.off('exit', release);
		// Remove only our own lock: after a takeover the file may name someone else.
		if (readHolder(file)?.pid === me.pid) rmSync(file, { force: true });
	};
	// A process that exits without closing the database (process.exit in a CLI) still lets go.
	process.on('exit', release);
	return { release };
}

function readHolder(file: string): Holder | null {
	try {
		const parsed = Holder.safeParse(JSON.parse(readFileSync(file, 'utf8')));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** On another host we cannot tell, so the lock stands; here, signal 0 asks whether the PID lives. */
function isAlive(holder: Holder): boolean {
	if (holder.host !== hostname()) return true;
	if (holder.pid === process.pid) return true;
	try {
		process.kill(holder.pid, 0);
	} catch (e) {
		return (e as { code?: string }).code === 'EPERM';
	}
	return !isZombie(holder.pid);
}

/** A killed process lingers as a zombie until its parent reaps it; signal 0 still reaches it, but it holds nothing. */
function isZombie(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
		return state === 'Z' || state === 'X';
	} catch {
		return false; // no /proc (not Linux): trust signal 0
	}
}

function describeCommand(): string {
	const script = process.argv[1] ? path.basename(process.argv[1]) : 'node';
	return script === 'index.js' || script === 'serve.js' ? 'the Camket server' : script;
}
