import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import {
	DuplicateUserError,
	EmailSchema,
	WeakPasswordError,
	getUserByEmail
} from '$lib/server/auth/user';
import { listUsers } from '$lib/server/queries/users';
import { RoleSchema } from '$lib/server/auth/roles';
import {
	changeRole,
	createAccount,
	LastAdminError,
	UnknownUserError
} from '$lib/server/auth/accounts';
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
	return {
		users: await listUsers(await getDb()),
		created: url.searchParams.get('created'),
		roleChanged: Number(url.searchParams.get('role_changed')) || null
	};
};

const NewUser = z.object({ email: EmailSchema, role: RoleSchema, password: z.string().max(256) });
const RoleChange = z.object({ userId: z.coerce.number().int().positive(), role: RoleSchema });

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
	},
	role: async ({ locals, request }) => {
		const admin = requireRole(locals, 'admin');
		const form = fieldsOf(await request.formData());
		const parsed = parseForm(RoleChange, form);
		if (!parsed.success)
			return formFail(400, { formName: 'role', form, message: firstIssue(parsed.error) });
		try {
			await changeRole(await getDb(), { by: admin.id, ...parsed.data });
		} catch (e) {
			if (e instanceof LastAdminError)
				return formFail(409, { formName: 'role', form, message: m.adm_last_admin() });
			if (e instanceof UnknownUserError)
				return formFail(404, { formName: 'role', form, message: m.adm_no_such_user() });
			throw e;
		}
		redirect(303, `/admin?role_changed=${parsed.data.userId}`);
	}
};
