import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { dbEnv, runScript } from '../helpers/cli';

describe(`npm run import (${backendName})`, () => {
	let dir: string;
	let t: TestDatabase;
	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'camket-import-'));
		t = await createTestDatabase();
		// The CLI opens its own connection; on PGlite it must own the data folder.
		if (!t.url) await t.destroy();
		cpSync('seeds', path.join(dir, 'in'), { recursive: true });
		writeFileSync(path.join(dir, 'in', 'empty.txt'), '');
		writeFileSync(
			path.join(dir, 'in', 'latin1.txt'),
			Buffer.from([0x56, 0x69, 0xea, 0x6e, 0x67, 0x20, 0x43, 0x68, 0xe2, 0x6e])
		);
		writeFileSync(
			path.join(dir, 'in', 'photo.jpg'),
			Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])
		);
		writeFileSync(path.join(dir, 'in', 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x41));
	});
	afterAll(async () => {
		if (t?.url) await t.destroy();
		rmSync(dir, { recursive: true, force: true });
	});

	it('says per file what it added or skipped and why, and imports the good ones', async () => {
		const env = dbEnv(t, path.join(dir, 'data'));
		const first = await runScript('scripts/import.ts', [path.join(dir, 'in')], env);
		expect(first.code).toBe(1);
		const lines = first.stdout.trim().split('\n');
		expect(lines.filter((l) => l.startsWith('added'))).toHaveLength(5);
		expect(first.stdout).toMatch(/error\s+\S*empty\.txt\s+→ the file is empty/);
		expect(first.stdout).toMatch(/error\s+\S*latin1\.txt\s+→ .*not valid UTF-8/);
		expect(first.stdout).toMatch(/error\s+\S*photo\.jpg\s+→ .*binary/);
		expect(first.stdout).toMatch(
			/error\s+\S*huge\.txt\s+→ the file is 50\.0 MB, over the 5\.0 MB limit/
		);

		const second = await runScript(
			'scripts/import.ts',
			[path.join(dir, 'in', '000_7c9ae11c30761e7f.txt')],
			env
		);
		expect(second.code).toBe(0);
		expect(second.stdout).toMatch(
			/^skipped\s+\S*000_7c9ae11c30761e7f\.txt\s+→ same text as article #1/
		);
	});

	it('asks for a path when given none', async () => {
		const result = await runScript('scripts/import.ts', [], dbEnv(t, path.join(dir, 'data')));
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('give at least one file or folder');
	});
});
