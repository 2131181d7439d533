/**
 * What the server process does when something escapes every handler, and how it stops.
 *
 * An uncaught exception leaves the process in a state nobody can vouch for (a driver's socket
 * half torn down, a transaction's bookkeeping lost), so the policy is: log it whole, exit
 * non-zero, and let the supervisor (`npm start`, or systemd) start a clean process. Jobs and
 * sessions live in the database, so a restart loses nothing.
 */

/** Exit code for "crashed, restart me" (EX_SOFTWARE), distinct from a configuration error's 1. */
export const CRASH_EXIT_CODE = 70;
/** adapter-node lets requests finish for SHUTDOWN_TIMEOUT (we set 10 s); this is the outer bound. */
const SHUTDOWN_LIMIT_MS = 12_000;

let installed = false;

export function installCrashPolicy(): void {
	if (installed) return;
	installed = true;
	const die = (kind: string) => (error: unknown) => {
		console.error(`Camket: ${kind}, the process exits so that a clean one can take over:`, error);
		process.exit(CRASH_EXIT_CODE);
	};
	process.on('uncaughtException', die('uncaught exception'));
	process.on('unhandledRejection', die('unhandled promise rejection'));
}

let shuttingDown = false;

/**
 * Runs `close` once adapter-node has stopped the HTTP server (after SIGTERM or SIGINT), then
 * exits 0. Whatever still holds the event loop open after SHUTDOWN_LIMIT_MS is cut off.
 */
export function onShutdown(close: () => Promise<void>): void {
	const finish = () => {
		if (shuttingDown) return;
		shuttingDown = true;
		close()
			.catch((e: unknown) => console.error('Camket: error while shutting down:', e))
			.finally(() => process.exit(0));
	};
	process.once('sveltekit:shutdown' as 'exit', finish);
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		process.once(signal, () => setTimeout(() => process.exit(0), SHUTDOWN_LIMIT_MS).unref());
	}
}
