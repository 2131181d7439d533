import type { Handle } from '@sveltejs/kit';

/** Driver error codes that mean "the database is not there right now", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set([
	'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN',
	'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT',
	'57P01', '57P02', '57P03', '08000', '08001', '08003', '08006'
]);

export function isDatabaseUnavailable(error: unknown): boolean {
	for (let e = error; e; e = (e as { cause?: unknown }).cause) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
		if (!(e instanceof Error)) break;
	}
	return false;
}

/**
 * Security headers on every response, and a 503 with Retry-After instead of a 500 when
 * `handleError` saw that the database was unreachable: the reader should come back, not
 * report a bug. postgres.js reconnects by itself once the server is back.
 */
export const handleSecurity: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	if (event.locals.databaseUnavailable && response.status >= 500) {
		const headers = new Headers(response.headers);
		headers.set('Retry-After', '30');
		return new Response(response.body, { status: 503, statusText: 'Service Unavailable', headers });
	}
	return response;
};
