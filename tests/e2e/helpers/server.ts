import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunningServer {
	baseUrl: string;
	stop(): void;
}

/** `npm start` on a fresh embedded database in a temp folder: builds if needed, imports seeds/, serves. */
export async function startServer(): Promise<RunningServer> {
	const port = 4000 + Math.floor(Math.random() * 5000);
	const dir = mkdtempSync(path.join(tmpdir(), 'camket-pages-'));
	const server: ChildProcess = spawn('npx', ['tsx', 'scripts/start.ts'], {
		env: { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(dir, 'data'), PORT: String(port) },
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
		stop() {
			if (server.pid) process.kill(-server.pid, 'SIGTERM');
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
