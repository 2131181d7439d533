import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import { PasswordChangeForm } from '$lib/server/auth/forms';
import { changeOwnPassword } from '$lib/server/auth/accounts';
import { m } from '$lib/paraglide/messages';
import { retryMessage } from '$lib/i18n/editor';
import { isSecureRequest, setSessionCookie } from '$lib/server/auth/cookie';
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
		const result = await changeOwnPassword(await getDb(), {
			userId: actor.id,
			current: parsed.data.current,
			password: parsed.data.password,
			ip: getClientAddress()
		});
		if (!result.ok)
			return formFail(result.reason === 'locked' ? 429 : 400, {
				formName: 'password',
				form: {},
				message:
					result.reason === 'locked'
						? retryMessage(result.retryAt)
						: result.reason === 'weak'
							? weakPasswordMessage(result.weakness)
							: result.reason === 'gone'
								? m.srv_account_gone()
								: m.srv_current_wrong()
			});
		setSessionCookie(cookies, result.token, result.expiresAt, isSecureRequest(url));
		redirect(303, '/editor/account?changed');
	}
};
