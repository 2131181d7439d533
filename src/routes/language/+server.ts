import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';
import { safeNext } from '$lib/server/auth/guard';

const Query = z.object({
	locale: z.enum(['vi', 'en']).catch('vi'),
	// Only a path on this site (see safeNext): never `//host`, `/\t/host` or a full URL.
	next: z
		.string()
		.transform((v) => safeNext(v, '/'))
		.catch('/')
});

/**
 * Remembers the reader's language in the cookie Paraglide reads, then goes back to the page.
 * A plain link (GET): it works without JavaScript and whatever origin the site is served
 * under, and choosing a language changes nothing but how pages are worded.
 */
export const GET: RequestHandler = ({ url, cookies }) => {
	const { locale, next } = Query.parse(Object.fromEntries(url.searchParams));
	cookies.set(cookieName, locale, {
		path: '/',
		maxAge: cookieMaxAge,
		sameSite: 'lax',
		// Paraglide's client runtime reads the locale from this cookie while hydrating.
		httpOnly: false,
		secure: url.protocol === 'https:'
	});
	redirect(303, next);
};
