import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie, isSecureRequest } from '$lib/server/auth/cookie';

export const load: PageServerLoad = ({ locals }) => ({ loggedIn: locals.user !== null });

/** Ends the session on the server, not only in this browser. */
export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(await getDb(), locals.session.id);
		deleteSessionCookie(cookies, isSecureRequest(url));
		redirect(303, '/');
	}
};
