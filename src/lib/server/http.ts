import type { Handle, RequestEvent } from '@sveltejs/kit';

/** Driver error codes that mean "the database is not there right now", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'ENOTFOUND',
	'EAI_AGAIN',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT',
	'57P01',
	'57P02',
	'57P03',
	'08000',
	'08001',
	'08003',
	'08006'
]);

/**
 * A request the app could not read, or a value in it the database refuses (SQLSTATE class 22:
 * a NUL byte in text, a number beyond int4, a date out of range): the reader's mistake, a 400
 * with what was wrong, never a 500. Routes validate with zod first; this is the net under them.
 */
export function badInputMessage(error: unknown): string | null {
	for (let e = error; e; e = (e as { cause?: unknown }).cause) {
		const code = (e as { code?: unknown }).code;
		if (code === '22021' || code === '22P05')
			return 'The request contains a character that cannot be stored (a NUL byte?).';
		if (code === '22003') return 'A number in the request is out of range.';
		if (code === '22007' || code === '22008')
			return 'A date in the request is out of range or not a date.';
		if (typeof code === 'string' && code.startsWith('22'))
			return 'A value in the request is not valid.';
		if (e instanceof TypeError && /FormData|multipart|boundary|body/i.test(e.message))
			return 'The form could not be read: the request body is malformed.';
		if (!(e instanceof Error)) break;
	}
	return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
	for (let e = error; e; e = (e as { cause?: unknown }).cause) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
		if (!(e instanceof Error)) break;
	}
	return false;
}

/** The headers every response carries; the static-file server sets the same ones (see scripts/serve.ts). */
export const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY'
};

/** Seconds a reader is asked to wait when the database is away. */
const RETRY_AFTER_S = '30';
/**
 * A request the database has not answered by then gets a 503: below the 10 s a reader or a
 * proxy waits, above the 5 s statement timeout, so a slow but working query still answers.
 */
export const REQUEST_TIMEOUT_MS = 8_000;

/** Pages with a person's data or forms: no shared or back-button cache may keep them. */
const PRIVATE_PREFIXES = ['/editor', '/admin', '/login', '/logout'];

const UNAVAILABLE_MESSAGE = 'The database is unavailable right now. Please try again in a minute.';

/**
 * Security headers on every response, and a 503 with Retry-After instead of a 500 when the
 * database is unreachable (seen by `handleError`, thrown before any page ran, as in the session
 * check, or silent past REQUEST_TIMEOUT_MS): the reader should come back, not report a bug.
 * postgres.js reconnects by itself once the server is back.
 */
export const handleSecurity: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await withTimeout(Promise.resolve(resolve(event)), event);
	} catch (e) {
		if (!isDatabaseUnavailable(e) && !(e instanceof RequestTimedOut)) throw e;
		console.error(`database unavailable during ${event.request.method} ${event.url.pathname}`);
		response = unavailableResponse(event.url);
	}
	if (event.locals.databaseUnavailable && response.status >= 500 && response.status !== 503) {
		response = new Response(response.body, {
			status: 503,
			statusText: 'Service Unavailable',
			headers: new Headers(response.headers)
		});
	} else if (event.locals.badInput && response.status === 500) {
		response = new Response(response.body, {
			status: 400,
			statusText: 'Bad Request',
			headers: new Headers(response.headers)
		});
	}
	return withHeaders(
		response,
		event.url,
		event.locals.databaseUnavailable === true || response.status === 503
	);
};

class RequestTimedOut extends Error {}

/** Uploads are exempt: their time goes to the reader's network, not to a database that is away. */
function withTimeout(pending: Promise<Response>, event: RequestEvent): Promise<Response> {
	if (event.request.headers.get('content-type')?.startsWith('multipart/form-data')) return pending;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new RequestTimedOut()), REQUEST_TIMEOUT_MS);
	});
	// The abandoned render may still fail later; that must not become an unhandled rejection.
	pending.catch(() => {});
	return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}

function unavailableResponse(url: URL): Response {
	if (url.pathname.startsWith('/api/')) {
		return new Response(JSON.stringify({ error: UNAVAILABLE_MESSAGE }), {
			status: 503,
			headers: { 'content-type': 'application/json' }
		});
	}
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Camket — 503</title></head><body><h1>Service unavailable</h1><p>${UNAVAILABLE_MESSAGE}</p><p><a href="/">Camket</a></p></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}

/** Headers may be immutable on a response SvelteKit built (a fetch or a redirect): copy when needed. */
function withHeaders(response: Response, url: URL, unavailable: boolean): Response {
	const extra: Record<string, string> = { ...SECURITY_HEADERS };
	if (unavailable) extra['Retry-After'] = RETRY_AFTER_S;
	if (PRIVATE_PREFIXES.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`)))
		extra['Cache-Control'] = 'no-store';
	try {
		for (const [k, v] of Object.entries(extra)) response.headers.set(k, v);
		return response;
	} catch {
		const headers = new Headers(response.headers);
		for (const [k, v] of Object.entries(extra)) headers.set(k, v);
		return new Response(response.body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
}
