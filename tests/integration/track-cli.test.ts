import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbEnv, runScript } from '../helpers/cli';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

describe(`npm run reprocess (${backendName})`, () => {
	let t: TestDatabase;
	let dir: string;
	let env: Record<string, string | undefined>;
	beforeAll(async () => {
		t = await createTestDatabase();
		dir = mkdtempSync(path.join(tmpdir(), 'camket-reprocess-'));
		if (!t.url) await t.close();
		env = dbEnv(t, path.join(dir, 'data'));
		const imported = await runScript('scripts/import.ts', ['seeds'], env);
		expect(imported.code).toBe(0);
	});
	afterAll(async () => {
		if (t?.url) await t.destroy();
		rmSync(dir, { recursive: true, force: true });
	});

	it('has nothing to do after an import, and re-running every article adds nothing', async () => {
		const pending = await runScript('scripts/reprocess.ts', [], env);
		expect(pending.stdout).toContain('0 article(s) processed');
		const all = await runScript('scripts/reprocess.ts', ['--all'], env);
		expect(all.code).toBe(0);
		expect(all.stdout).toContain('5 article(s) processed');
		expect(all.stdout.match(/: 0 new items, 0 linked/g)).toHaveLength(5);
	});

	it('refuses an unknown option', async () => {
		const bad = await runScript('scripts/reprocess.ts', ['--everything'], env);
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/unknown argument --everything/);
	});
});
