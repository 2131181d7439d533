import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
