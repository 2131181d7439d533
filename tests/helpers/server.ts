import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket, type Server } from 'node:net';
import { buildIfNeeded } from '../../scripts/build';

export interface RunningServer {
	url: string;
	output(): string;
	stop(): Promise<void>;
}

/** Starts the built app (build/index.js) with its own environment and waits until it answers. */
export async function startBuiltServer(env: Record<string, string>): Promise<RunningServer> {
	buildIfNeeded();
	const port = 5000 + Math.floor(Math.random() * 3000);
	const child: ChildProcess = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 150; i++) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
		if (await fetch(`${url}/ping`).then((r) => r.ok, () => false)) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		output: () => output,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
				// adapter-node waits for keep-alive connections on SIGTERM; don't let a test wait on them.
				setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
			})
	};
}

/**
 * A TCP relay in front of PostgreSQL that a test can cut and restore: the database "goes
 * away" for the app without stopping the server other tests share.
 */
export class DatabaseRelay {
	private server: Server | null = null;
	private sockets = new Set<Socket>();
	constructor(
		readonly port: number,
		private readonly target: { host: string; port: number }
	) {}

	async open(): Promise<void> {
		this.server = createServer((client) => {
			const upstream = new Socket();
			upstream.connect(this.target.port, this.target.host);
			for (const s of [client, upstream]) {
				this.sockets.add(s);
				s.on('close', () => this.sockets.delete(s));
				s.on('error', () => s.destroy());
			}
			client.pipe(upstream).pipe(client);
		});
		await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
	}

	async cut(): Promise<void> {
		for (const s of this.sockets) s.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
		this.server = null;
	}
}
