import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './session';

/** Every attribute written out: HttpOnly keeps scripts away, Lax blocks cross-site POSTs carrying it. */
export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure,
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.set(SESSION_COOKIE, '', {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure,
		maxAge: 0
	});
}

export function isSecureRequest(url: URL): boolean {
	return url.protocol === 'https:';
}
