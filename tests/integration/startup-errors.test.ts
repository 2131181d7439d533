import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfNeeded } from '../../scripts/build';
import { runScript } from '../helpers/cli';
import { startBuiltServer, type RunningServer } from '../helpers/server';
import { openDatabase } from '../../src/lib/server/db/client';
import { LOCK_FILE } from '../../src/lib/server/db/folder-lock';
import { PGLITE_PG_MAJOR } from '../../src/lib/server/db/pglite-folder';
import { articleText } from './editor-fixtures';

// npm start and the built server build first when the sources changed: done once here, not
// inside a test's 60 s (a build on a busy machine takes minutes; each test waited on it and timed out).
beforeAll(() => buildIfNeeded(), 1_200_000);

/** A misconfigured database must stop the program with a message that names what to fix. */
describe('database configuration errors', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'camket-env-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('names DATABASE_URL when it is malformed, without printing it', async () => {
		const r = await runScript('scripts/import.ts', ['seeds'], {
			DATABASE_URL: 'mysql://admin:hunter2secret@db/x'
		});
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
		expect(r.stderr + r.stdout).not.toContain('hunter2secret');
	});

	it('names DATABASE_URL when the server is unreachable, without printing the password', async () => {
		const r = await runScript('scripts/import.ts', ['seeds'], {
			DATABASE_URL: 'postgres://admin:hunter2secret@127.0.0.1:1/camket'
		});
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/DATABASE_URL \(127\.0\.0\.1:1\/camket\): .*ECONNREFUSED/);
		expect(r.stderr + r.stdout).not.toContain('hunter2secret');
	});

	it('names DATA_DIR when the embedded database cannot be created there', async () => {
		const file = path.join(dir, 'not-a-folder');
		writeFileSync(file, 'x');
		const r = await runScript('scripts/import.ts', ['seeds'], {
			DATABASE_URL: '',
			DATA_DIR: path.join(file, 'data')
		});
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/Cannot open the embedded database in DATA_DIR \(.*not-a-folder\/data\): ENOTDIR/
		);
	});
});

/** Real read-only and full file systems, made with tmpfs mounts (needs root, as CI has). */
function mountTmpfs(dir: string, options: string): boolean {
	mkdirSync(dir, { recursive: true });
	return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
}

const mountRoot = mkdtempSync(path.join(tmpdir(), 'camket-mounts-'));
const canMount = mountTmpfs(path.join(mountRoot, 'probe'), 'size=64k');

describe.skipIf(!canMount)('npm start on a DATA_DIR it cannot use', () => {
	afterAll(() => {
		for (const name of ['probe', 'ro', 'full']) spawnSync('umount', [path.join(mountRoot, name)]);
		rmSync(mountRoot, { recursive: true, force: true });
	});

	it('stops with a clear message and a non-zero exit when DATA_DIR is read-only', async () => {
		const dir = path.join(mountRoot, 'ro');
		expect(mountTmpfs(dir, 'ro,size=1m')).toBe(true);
		const r = await runScript('scripts/start.ts', [], {
			DATABASE_URL: '',
			DATA_DIR: dir,
			PORT: '1'
		});
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/Camket could not start: Cannot open the embedded database in DATA_DIR \(.*\/ro\): EROFS/
		);
		expect(r.stdout).not.toContain('Camket is serving');
	});

	it('stops with a clear message and a non-zero exit when DATA_DIR is full', async () => {
		const dir = path.join(mountRoot, 'full');
		expect(mountTmpfs(dir, 'size=512k')).toBe(true);
		writeFileSync(path.join(dir, 'filler'), Buffer.alloc(400 * 1024));
		const r = await runScript('scripts/start.ts', [], {
			DATABASE_URL: '',
			DATA_DIR: path.join(dir, 'data'),
			PORT: '1'
		});
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/Camket could not start: Cannot open the embedded database in DATA_DIR \(.*\/full\/data\): .*(ENOSPC|MB free)/
		);
	});
});

/**
 * One process per PGlite folder. Before the lock, `npm run import` beside a running server
 * reused the server's article ids and lost articles, or left a folder that never opened again.
 */
describe('a PGlite folder in use by a running server', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'camket-lock-'));
	const dataDir = path.join(dir, 'data');
	let server: RunningServer | null = null;
	afterAll(async () => {
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	const articleIds = async (s: RunningServer) => {
		const html = await (await fetch(`${s.url}/articles`)).text();
		return [...html.matchAll(/href="\/articles\/(\d+)"/g)]
			.map((m) => Number(m[1]))
			.sort((a, b) => a - b);
	};

	it('refuses a second process by name, and the server keeps every article', async () => {
		const seeded = await runScript('scripts/import.ts', ['seeds'], {
			DATABASE_URL: '',
			DATA_DIR: dataDir
		});
		expect(seeded.code, seeded.stderr).toBe(0);
		server = await startBuiltServer({ DATABASE_URL: '', DATA_DIR: dataDir });
		const before = await articleIds(server);
		expect(before.length).toBeGreaterThan(0);

		const extra = path.join(dir, 'extra.txt');
		writeFileSync(
			extra,
			articleText('Lock test bulletin about a ferry', '2025-09-10', [
				'Both ministries agreed to open a ferry crossing at the lock test pier by 2027.'
			])
		);
		const second = await runScript('scripts/import.ts', [extra], {
			DATABASE_URL: '',
			DATA_DIR: dataDir
		});
		expect(second.code).toBe(1);
		expect(second.stderr).toContain(
			`the folder ${path.resolve(dataDir)} is in use by process ${server.process.pid} (the Camket server)`
		);
		expect(second.stderr).toMatch(/stop that process first/);
		expect(second.stdout).not.toMatch(/^added/m);

		expect(await articleIds(server), 'articles the server lists after the refused import').toEqual(
			before
		);
	}, 120_000);

	it('takes over the lock of a process that died without letting go', async () => {
		server!.process.kill('SIGKILL');
		await server!.stop();
		expect(existsSync(path.join(dataDir, LOCK_FILE)), 'the killed server left its lock file').toBe(
			true
		);
		const after = await runScript('scripts/import.ts', ['seeds'], {
			DATABASE_URL: '',
			DATA_DIR: dataDir
		});
		expect(after.code, after.stderr).toBe(0);
		expect(after.stdout).toMatch(/^skipped/m); // the folder still holds what the server had
		expect(existsSync(path.join(dataDir, LOCK_FILE)), 'the import let go of the lock').toBe(false);
	}, 120_000);
});

/** Each kind of damage to a PGlite folder gets its own diagnosis, in-process (no server needed). */
describe('a damaged PGlite folder', () => {
	const root = mkdtempSync(path.join(tmpdir(), 'camket-damage-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	const freshFolder = async (name: string) => {
		const dataDir = path.join(root, name);
		const database = openDatabase({ dataDir });
		await database.ready;
		await database.close();
		return dataDir;
	};
	const openError = async (dataDir: string) => {
		try {
			const database = openDatabase({ dataDir });
			await database.ready;
			await database.close();
			return 'opened';
		} catch (e) {
			return e instanceof Error ? e.message : String(e);
		}
	};

	it('knows the PostgreSQL version the bundled PGlite writes', async () => {
		const dataDir = await freshFolder('fresh');
		expect(readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim()).toBe(PGLITE_PG_MAJOR);
	});

	it('refuses a folder that holds other files, before writing anything into it', async () => {
		const dataDir = path.join(root, 'not-a-database');
		mkdirSync(dataDir);
		writeFileSync(path.join(dataDir, 'notes.txt'), 'mine');
		expect(await openError(dataDir)).toMatch(
			/not empty but holds no database \(no PG_VERSION; found notes\.txt\)/
		);
	});

	it('says which part is missing or damaged', async () => {
		const noControl = await freshFolder('no-control');
		rmSync(path.join(noControl, 'global', 'pg_control'));
		expect(await openError(noControl)).toMatch(
			/global\/pg_control is missing from the folder: it is damaged\. Restore the folder from a backup/
		);

		const older = await freshFolder('older');
		writeFileSync(path.join(older, 'PG_VERSION'), '16\n');
		expect(await openError(older)).toMatch(
			/made by PostgreSQL 16, and this Camket runs PostgreSQL 18/
		);

		const garbled = await freshFolder('garbled');
		writeFileSync(path.join(garbled, 'global', 'pg_control'), randomBytes(8192));
		expect(await openError(garbled)).toMatch(
			/the database files are damaged and PGlite cannot read them/
		);
	}, 120_000);
});
