import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { withoutEmptyParams } from '$lib/url-params';

/**
 * Only what the header shows: never the session or the password hash. A GET form sends every
 * field, blank ones too (`?q=&sector=&status=…`); such a URL is sent on to the same query
 * without them, for every page at once, with or without JavaScript.
 */
export const load: LayoutServerLoad = ({ locals, url, request }) => {
	// Only for pages being read: after a form action (POST, `?/name`) the page renders its answer.
	const clean = request.method === 'GET' ? withoutEmptyParams(url) : null;
	if (clean !== null) redirect(303, clean);
	return { user: locals.user ? { email: locals.user.email, role: locals.user.role } : null };
};
