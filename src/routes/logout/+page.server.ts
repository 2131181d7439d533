import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie, isSecureRequest } from '$lib/server/auth/cookie';

export const load: PageServerLoad = ({ locals, url }) => ({
	loggedIn: locals.user !== null,
	done: url.searchParams.get('done') === '1'
});

/** Ends the session on the server, not only in this browser, and says so on the page it lands on. */
export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(await getDb(), locals.session.id);
		deleteSessionCookie(cookies, isSecureRequest(url));
		redirect(303, '/logout?done=1');
	}
};
