import { spawn, type SpawnOptions, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import type { CliEntry } from './cli-entries';

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * The command line that runs `script` as `npm run …` would, from the bundle that
 * tests/global-setup.ts built once for this run: node starts it in a fraction of tsx's time.
 */
export function scriptCommand(script: CliEntry, args: string[] = []): [string, string[]] {
	const bundle = path.join(inject('cliDir'), script.replace(/\.ts$/, '.mjs'));
	return [process.execPath, [bundle, ...args]];
}

/** Spawns one of our scripts (from its pre-built bundle) with `options`. */
export function spawnScript(script: CliEntry, args: string[], options: SpawnOptions): ChildProcess {
	const [command, argv] = scriptCommand(script, args);
	return spawn(command, argv, options);
}

/** Runs one of our scripts as a user would, with its own environment. */
export function runScript(
	script: CliEntry,
	args: string[],
	env: Record<string, string | undefined>,
	input?: string
): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawnScript(script, args, {
			env: { ...process.env, ...env },
			stdio: 'pipe'
		});
		let stdout = '';
		let stderr = '';
		child.stdout!.on('data', (d) => (stdout += d));
		child.stderr!.on('data', (d) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
		child.stdin!.end(input ?? '');
	});
}

/** The environment that points a script at this test's database. */
export function dbEnv(t: { url?: string }, dataDir: string): Record<string, string | undefined> {
	return t.url
		? { DATABASE_URL: t.url, DATA_DIR: dataDir }
		: { DATABASE_URL: '', DATA_DIR: dataDir };
}
