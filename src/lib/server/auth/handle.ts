import type { Handle } from '@sveltejs/kit';
import { getDb } from '../db';
import { deleteSessionCookie, isSecureRequest, setSessionCookie } from './cookie';
import { SESSION_COOKIE, validateSessionToken } from './session';

/** Resolves the session once per request; routes still check the role themselves. */
export const handleAuth: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	event.locals.sessionExpired = false;
	if (!token) return resolve(event);

	const secure = isSecureRequest(event.url);
	const result = await validateSessionToken(await getDb(), token);
	if (result.session) {
		if (result.renewed) setSessionCookie(event.cookies, token, result.session.expiresAt, secure);
		event.locals.user = result.user;
		event.locals.session = result.session;
	} else {
		deleteSessionCookie(event.cookies, secure);
		event.locals.sessionExpired = true;
	}
	return resolve(event);
};
