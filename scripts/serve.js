/**
 * The production HTTP server: adapter-node's request handler behind our own listener, so that
 * the static files it serves before SvelteKit runs (JS, CSS, favicon) carry the same security
 * headers as the pages (src/lib/server/http.ts sets them there), and so that SIGTERM stops the
 * process within SHUTDOWN_TIMEOUT seconds: stop accepting, let requests in flight finish, then
 * tell the app ('sveltekit:shutdown') to stop its import worker and close its pools.
 *
 * Plain JavaScript: it is what `node` runs in production, with no TypeScript loader.
 */
import { createServer } from 'node:http';

// adapter-node refuses bodies over 512 KB by default, but an upload may hold files of up to 5 MB
// each (src/lib/server/editor/imports.ts): allow a batch, still bounded. Read when handler.js loads.
process.env.BODY_SIZE_LIMIT ||= '64M';
const { handler } = await import('../build/handler.js');

const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY'
};

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT || 10) * 1000;

const server = createServer((req, res) => {
	// Set before the handler writes: its own headers (writeHead) still win where it sets one.
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

let stopping = false;
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	server.closeIdleConnections();
	server.close(() => process.emit('sveltekit:shutdown', reason));
	// Keep-alive connections that stay busy past the limit are cut; the app still gets to close its pools.
	setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs).unref();
}
server.on('request', (req) => req.on('close', () => stopping && server.closeIdleConnections()));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

server.listen({ host, port }, () => console.log(`Listening on http://${host}:${port}`));
