import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { buildIfNeeded } from '../build';

export interface BuiltServer {
	url: string;
	process: ChildProcess;
	output(): string;
	/** Whether the process has ended, by exiting or by a signal. */
	exited(): boolean;
	stop(): Promise<void>;
}

/**
 * A port nothing listens on, chosen by the system. Not a random number in a fixed range: two
 * test files could draw the same one, and fetch() refuses some ports there outright (5060, 6000,
 * 6665–6669, …, the Fetch standard's "bad ports"); the system's ephemeral range holds none of them.
 */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Starts the production server (`node scripts/serve.js`, the adapter-node build behind our
 * listener) with its own environment on a local port and waits until it answers. Used by the benchmark, the load test and the tests.
 */
export async function startBuiltServer(
	env: Record<string, string | undefined>,
	port?: number
): Promise<BuiltServer> {
	buildIfNeeded();
	port ??= await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	// A process ended by a signal keeps exitCode null: count it as exited too.
	const exited = () => child.exitCode !== null || child.signalCode !== null;
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	for (let i = 0; i < 300; i++) {
		if (exited())
			throw new Error(`the server exited with ${child.exitCode ?? child.signalCode}:\n${output}`);
		if (
			await fetch(`${url}/ping`).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		process: child,
		output: () => output,
		exited,
		stop: () =>
			new Promise((resolve) => {
				if (exited()) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
				// The server finishes requests in flight on SIGTERM; a test should not wait on them.
				setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
			})
	};
}
