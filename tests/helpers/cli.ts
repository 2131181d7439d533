import { spawn } from 'node:child_process';

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs one of our tsx scripts as a user would, with its own environment. */
export function runScript(
	script: string,
	args: string[],
	env: Record<string, string | undefined>,
	input?: string
): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['tsx', script, ...args], {
			env: { ...process.env, ...env },
			stdio: 'pipe'
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
		child.stdin.end(input ?? '');
	});
}

/** The environment that points a script at this test's database. */
export function dbEnv(t: { url?: string }, dataDir: string): Record<string, string | undefined> {
	return t.url
		? { DATABASE_URL: t.url, DATA_DIR: dataDir }
		: { DATABASE_URL: '', DATA_DIR: dataDir };
}
