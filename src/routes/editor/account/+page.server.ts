import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import { PasswordChangeForm } from '$lib/server/auth/forms';
import { getUserById, setPassword } from '$lib/server/auth/user';
import { passwordWeakness } from '$lib/server/auth/password';
import { attemptLogin } from '$lib/server/auth/login';
import { m } from '$lib/paraglide/messages';
import { retryMessage } from '$lib/i18n/editor';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { isSecureRequest, setSessionCookie } from '$lib/server/auth/cookie';
import { writeAudit } from '$lib/server/editor/audit';
import {
	fieldsOf,
	firstIssue,
	formFail,
	parseForm,
	weakPasswordMessage
} from '$lib/server/editor/forms';

export const load: PageServerLoad = (event) => {
	const { url } = event;
	const user = requirePageRole(event, 'editor');
	return { email: user.email, changed: url.searchParams.has('changed') };
};

export const actions: Actions = {
	/** Ends every session of the user (other browsers too), then opens a fresh one here. */
	password: async ({ locals, request, cookies, url, getClientAddress }) => {
		const actor = requireRole(locals, 'editor');
		const parsed = parseForm(PasswordChangeForm, fieldsOf(await request.formData()));
		if (!parsed.success)
			return formFail(400, { formName: 'password', form: {}, message: firstIssue(parsed.error) });
		const db = await getDb();
		const user = await getUserById(db, actor.id);
		if (!user)
			return formFail(400, { formName: 'password', form: {}, message: m.srv_account_gone() });
		// Checked like a login, so a stolen session cannot guess the password past the rate limit.
		const check = await attemptLogin(db, {
			email: user.email,
			password: parsed.data.current,
			ip: getClientAddress()
		});
		if (!check.ok)
			return formFail(check.reason === 'locked' ? 429 : 400, {
				formName: 'password',
				form: {},
				message: check.reason === 'locked' ? retryMessage(check.retryAt) : m.srv_current_wrong()
			});
		const weakness = passwordWeakness(parsed.data.password, user.email);
		if (weakness)
			return formFail(400, {
				formName: 'password',
				form: {},
				message: weakPasswordMessage(weakness)
			});
		await setPassword(db, user.id, parsed.data.password, user.email);
		await writeAudit(db, {
			userId: user.id,
			action: 'user.password_change',
			entityType: 'user',
			entityId: user.id,
			before: null,
			after: { sessionsEnded: true }
		});
		const token = generateSessionToken();
		const session = await createSession(db, token, user.id);
		setSessionCookie(cookies, token, session.expiresAt, isSecureRequest(url));
		redirect(303, '/editor/account?changed');
	}
};
