import { createServer, Socket, type Server } from 'node:net';

export { freePort, startBuiltServer, type BuiltServer as RunningServer } from '../../scripts/lib/built-server';

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
