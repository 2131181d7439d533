import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli';

/** A misconfigured database must stop the program with a message that names what to fix. */
describe('database configuration errors', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'camket-env-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('names DATABASE_URL when it is malformed, without printing it', async () => {
		const r = await runScript('scripts/import.ts', ['seeds'], { DATABASE_URL: 'mysql://admin:hunter2secret@db/x' });
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
		expect(r.stderr + r.stdout).not.toContain('hunter2secret');
	});

	it('names DATABASE_URL when the server is unreachable, without printing the password', async () => {
		const r = await runScript('scripts/import.ts', ['seeds'], { DATABASE_URL: 'postgres://admin:hunter2secret@127.0.0.1:1/camket' });
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/DATABASE_URL \(127\.0\.0\.1:1\/camket\): .*ECONNREFUSED/);
		expect(r.stderr + r.stdout).not.toContain('hunter2secret');
	});

	it('names DATA_DIR when the embedded database cannot be created there', async () => {
		const file = path.join(dir, 'not-a-folder');
		writeFileSync(file, 'x');
		const r = await runScript('scripts/import.ts', ['seeds'], { DATABASE_URL: '', DATA_DIR: path.join(file, 'data') });
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/Cannot open the embedded database in DATA_DIR \(.*not-a-folder\/data\): ENOTDIR/);
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
		const r = await runScript('scripts/start.ts', [], { DATABASE_URL: '', DATA_DIR: dir, PORT: '1' });
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/Camket could not start: Cannot open the embedded database in DATA_DIR \(.*\/ro\): EROFS/);
		expect(r.stdout).not.toContain('Camket is serving');
	});

	it('stops with a clear message and a non-zero exit when DATA_DIR is full', async () => {
		const dir = path.join(mountRoot, 'full');
		expect(mountTmpfs(dir, 'size=512k')).toBe(true);
		writeFileSync(path.join(dir, 'filler'), Buffer.alloc(400 * 1024));
		const r = await runScript('scripts/start.ts', [], { DATABASE_URL: '', DATA_DIR: path.join(dir, 'data'), PORT: '1' });
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/Camket could not start: Cannot open the embedded database in DATA_DIR \(.*\/full\/data\): .*(ENOSPC|MB free)/);
	});
});
