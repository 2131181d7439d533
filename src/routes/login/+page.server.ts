import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { attemptLogin } from '$lib/server/auth/login';
import { m } from '$lib/paraglide/messages';
import { retryMessage } from '$lib/i18n/editor';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { isSecureRequest, setSessionCookie } from '$lib/server/auth/cookie';
import { LoginForm, formFields } from '$lib/server/auth/forms';
import { safeNext } from '$lib/server/auth/guard';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	// The origin the server answers as: the page compares it with the browser's own address, since
	// a form posted from any other one is refused by the CSRF check before an action runs.
	return {
		next,
		expired: url.searchParams.get('expired') === '1' || locals.sessionExpired,
		origin: url.origin
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const parsed = LoginForm.safeParse(formFields(await request.formData()));
		const form = { email: parsed.data?.email ?? '', next: safeNext(parsed.data?.next ?? null) };
		if (!parsed.success) return fail(400, { form, message: m.login_missing() });

		const db = await getDb();
		const result = await attemptLogin(db, {
			email: parsed.data.email,
			password: parsed.data.password,
			ip: getClientAddress()
		});
		if (!result.ok && result.reason === 'locked')
			return fail(429, { form, message: retryMessage(result.retryAt) });
		if (!result.ok) return fail(400, { form, message: m.login_wrong() });

		const token = generateSessionToken();
		const session = await createSession(db, token, result.user.id);
		setSessionCookie(cookies, token, session.expiresAt, isSecureRequest(url));
		redirect(303, form.next);
	}
};
