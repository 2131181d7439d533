import { createServer, Socket, type Server } from 'node:net';

export {
	freePort,
	startBuiltServer,
	type BuiltServer as RunningServer
} from '../../scripts/lib/built-server';

/**
 * A TCP relay in front of PostgreSQL that a test can cut and restore: the database "goes
 * away" for the app without stopping the server other tests share.
 */
export class DatabaseRelay {
	private server: Server | null = null;
	private sockets = new Set<Socket>();
	private silent = false;
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
			if (this.silent) return; // a partition: the connection opens, nothing ever crosses it
			client.pipe(upstream).pipe(client);
		});
		await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
	}

	/**
	 * The network goes quiet without closing anything, as a partition or a dead switch does:
	 * bytes already in flight are dropped and new connections open but never answer.
	 */
	silence(): void {
		this.silent = true;
		for (const s of this.sockets) {
			s.unpipe();
			s.removeAllListeners('data');
			s.pause();
		}
	}

	/** Ends a silence: drops the dead connections (the app reconnects) and forwards again. */
	async heal(): Promise<void> {
		this.silent = false;
		for (const s of this.sockets) s.destroy();
	}

	async cut(): Promise<void> {
		for (const s of this.sockets) s.destroy();
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve()
		);
		this.server = null;
	}
}
