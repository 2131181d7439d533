import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../scripts/lib/built-server';
import { runScript, spawnScript } from '../../helpers/cli';

export interface RunningServer {
	baseUrl: string;
	/** Everything `npm start` printed so far. */
	output(): string;
	stop(): void;
}

/**
 * `npm start` on a fresh embedded database in a temp folder — builds if needed, imports seeds/,
 * serves — resolving once it prints its URL. `env` adds to or overrides the environment
 * (DEMO=1, or a PostgreSQL DATABASE_URL). `admin`: an admin account made first with
 * `npm run user:create`, as an operator would, since the site cannot make the first one.
 */
export async function startServer(
	env: Record<string, string> = {},
	admin?: { email: string; password: string }
): Promise<RunningServer> {
	const port = await freePort();
	const dir = mkdtempSync(path.join(tmpdir(), 'camket-app-'));
	const serverEnv = {
		...process.env,
		DATABASE_URL: '',
		ORIGIN: '',
		DATA_DIR: path.join(dir, 'data'),
		PORT: String(port),
		...env
	};
	if (admin) {
		const made = await runScript(
			'scripts/user-create.ts',
			['--email', admin.email, '--role', 'admin'],
			serverEnv,
			`${admin.password}\n`
		);
		if (made.code !== 0) throw new Error(`user:create failed:\n${made.stdout}${made.stderr}`);
	}
	const server: ChildProcess = spawnScript('scripts/start.ts', [], {
		env: serverEnv,
		stdio: 'pipe',
		detached: true
	});
	let output = '';
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	await new Promise<void>((resolve, reject) => {
		server.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
		const poll = setInterval(() => {
			if (output.includes(`http://localhost:${port}/`)) {
				clearInterval(poll);
				resolve();
			}
		}, 200);
	});
	return {
		baseUrl: `http://localhost:${port}`,
		output: () => output,
		stop() {
			try {
				if (server.pid) process.kill(-server.pid, 'SIGTERM');
			} catch {
				/* already gone */
			}
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
