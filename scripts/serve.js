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
import compression from 'compression';

import { BODY_SIZE_LIMIT_BYTES, IMPORT_PATH } from '../src/lib/upload-limit.js';

// adapter-node refuses bodies over 512 KB by default; the import page promises uploads of up to
// MAX_UPLOAD_MB (src/lib/upload-limit.js), so the limit is that, plus room for the form itself.
// Read when handler.js loads.
process.env.BODY_SIZE_LIMIT ||= String(BODY_SIZE_LIMIT_BYTES);
const bodyLimit = asBytes(process.env.BODY_SIZE_LIMIT) ?? BODY_SIZE_LIMIT_BYTES;

/**
 * BODY_SIZE_LIMIT as adapter-node reads it: bytes, or a number with K, M or G.
 * @param {string | undefined} value
 * @returns {number | null}
 */
function asBytes(value) {
	const m = /^(\d+)([KMG]?)$/i.exec(String(value ?? '').trim());
	if (!m) return null;
	const unit = /** @type {'' | 'K' | 'M' | 'G'} */ ((m[2] ?? '').toUpperCase());
	return Number(m[1]) * { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[unit];
}

/*
 * Without ORIGIN (a plain `npm start`), the site answers under whichever loopback name the
 * browser used — http://localhost:PORT, http://127.0.0.1:PORT, http://[::1]:PORT — so that
 * SvelteKit's CSRF check (Origin must equal the request's origin) accepts a form posted from
 * either. adapter-node's sanctioned knobs for an origin not fixed in advance are PROTOCOL_HEADER
 * and HOST_HEADER; we point them at headers only this listener writes (a client's copies are
 * dropped), and we write the browser's Host there only when it is a loopback name on our port.
 * Any other Host (a LAN name, a DNS-rebinding name that resolves to us) is served as
 * http://localhost:PORT, so a form posted from it is still refused as cross-site.
 */
const LOCAL_ORIGINS = !process.env.ORIGIN;
const PROTOCOL_HEADER = 'x-camket-local-protocol';
const HOST_HEADER = 'x-camket-local-host';
if (LOCAL_ORIGINS) {
	process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
	process.env.HOST_HEADER = HOST_HEADER;
}
// The specifier is a variable so that the type check neither needs a build nor reads one.
const HANDLER = '../build/handler.js';
/** @type {{ handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void }} */
const { handler } = await import(HANDLER);

const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY'
};

/*
 * Pages and JSON are gzipped (or brotli-compressed) when the client accepts it: a list page of
 * 56 KB goes out as about 8 KB (#18). adapter-node serves the built JS and CSS already
 * compressed (`precompress`), and the middleware leaves a response that has its own
 * Content-Encoding alone.
 */
// Typed for Express, but it only uses the node:http request and response.
const compress =
	/** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} */ (
		/** @type {unknown} */ (compression())
	);

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT || 10) * 1000;

/**
 * `localhost:PORT`, `127.0.0.1:PORT` or `[::1]:PORT` as the browser sent it, else null.
 * @param {string | undefined} host
 * @param {number} port
 */
function loopbackHost(host, port) {
	const m = /^(localhost|127\.0\.0\.1|\[::1\]):(\d+)$/i.exec(host ?? '');
	return m?.[1] && Number(m[2]) === port ? `${m[1].toLowerCase()}:${port}` : null;
}

/**
 * An upload over the limit would get adapter-node's bare "413 Content-length … exceeds limit"
 * text. The import page's own message is better: read and drop the body (a browser that is cut
 * off mid-upload shows a connection error instead), then send the editor back to the page,
 * which says how large an upload may be, in the editor's language. A form sent by script
 * (`use:enhance`) gets the same redirect as an action result it understands.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function refuseOversizeImport(req, res) {
	if (req.method !== 'POST' || !(Number(req.headers['content-length']) > bodyLimit)) return false;
	if (new URL(req.url ?? '/', 'http://x').pathname !== IMPORT_PATH) return false;
	const location = `${IMPORT_PATH}?too_large=1`;
	req.resume();
	req.on('end', () => {
		if (req.headers['x-sveltekit-action'] === 'true') {
			res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
			res.end(JSON.stringify({ type: 'redirect', status: 303, location }));
		} else {
			res.writeHead(303, { location, 'cache-control': 'no-store' });
			res.end();
		}
	});
	return true;
}

const server = createServer((req, res) => {
	if (LOCAL_ORIGINS) {
		req.headers[PROTOCOL_HEADER] = 'http';
		req.headers[HOST_HEADER] = loopbackHost(req.headers.host, port) ?? `localhost:${port}`;
	}
	// Set before the handler writes: its own headers (writeHead) still win where it sets one.
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	if (refuseOversizeImport(req, res)) return;
	compress(req, res, () =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
});

let stopping = false;
/** @param {NodeJS.Signals} reason */
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	server.closeIdleConnections();
	// adapter-node's own event, which Node's typings of process.emit do not list.
	const emitter = /** @type {NodeJS.EventEmitter} */ (process);
	server.close(() => emitter.emit('sveltekit:shutdown', reason));
	// Keep-alive connections that stay busy past the limit are cut; the app still gets to close its pools.
	setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs).unref();
}
server.on('request', (req) => req.on('close', () => stopping && server.closeIdleConnections()));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

server.listen({ host, port }, () => console.log(`Listening on http://${host}:${port}`));
