import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

export interface LoadFigures {
	connections: number;
	requestsPerSecond: number;
	p50: number;
	p99: number;
	errors: number;
	non2xx: number;
}

export function measure(url: string, connections: number, seconds: number): Promise<LoadFigures> {
	return new Promise((resolve, reject) => {
		autocannon({ url, connections, duration: seconds }, (err, result) => {
			if (err) return reject(err);
			resolve({
				connections,
				requestsPerSecond: result.requests.average,
				p50: result.latency.p50,
				p99: result.latency.p99,
				errors: result.errors + result.timeouts,
				non2xx: result.non2xx
			});
		});
	});
}

export interface Server {
	url: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

/** Starts the built adapter-node server and waits until it answers. */
export async function startServer(env: Record<string, string>, port: number): Promise<Server> {
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 300; i++) {
		if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
		const ok = await fetch(`${url}/ping`).then((r) => r.ok).catch(() => false);
		if (ok) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		process: child,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
				// adapter-node drains keep-alive connections on SIGTERM; the benchmark can't wait.
				setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
			})
	};
}
