import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import {
	DuplicateUserError,
	EmailSchema,
	WeakPasswordError,
	getUserByEmail,
	listUsers
} from '$lib/server/auth/user';
import { RoleSchema } from '$lib/server/auth/roles';
import { createAccount } from '$lib/server/auth/accounts';
import {
	fieldsOf,
	firstIssue,
	formFail,
	parseForm,
	weakPasswordMessage
} from '$lib/server/editor/forms';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	const { url } = event;
	requirePageRole(event, 'admin');
	return { users: await listUsers(await getDb()), created: url.searchParams.get('created') };
};

const NewUser = z.object({ email: EmailSchema, role: RoleSchema, password: z.string().max(256) });

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const admin = requireRole(locals, 'admin');
		const form = fieldsOf(await request.formData());
		const echo = { email: form.email ?? '', role: form.role ?? 'editor' };
		const parsed = parseForm(NewUser, form);
		if (!parsed.success)
			return formFail(400, { formName: 'create', form: echo, message: firstIssue(parsed.error) });
		const db = await getDb();
		if (await getUserByEmail(db, parsed.data.email))
			return formFail(400, {
				formName: 'create',
				form: echo,
				message: m.adm_exists({ email: parsed.data.email })
			});
		try {
			await createAccount(db, { by: admin.id, ...parsed.data });
		} catch (e) {
			if (e instanceof WeakPasswordError)
				return formFail(400, {
					formName: 'create',
					form: echo,
					message: weakPasswordMessage(e.weakness)
				});
			if (e instanceof DuplicateUserError)
				return formFail(409, {
					formName: 'create',
					form: echo,
					message: m.adm_exists({ email: parsed.data.email })
				});
			throw e;
		}
		redirect(303, `/admin?created=${encodeURIComponent(parsed.data.email)}`);
	}
};
