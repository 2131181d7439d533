import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import {
	DuplicateUserError,
	EmailSchema,
	WeakPasswordError,
	createUser,
	getUserByEmail,
	listUsers
} from '$lib/server/auth/user';
import { RoleSchema } from '$lib/server/auth/roles';
import { writeAudit } from '$lib/server/editor/audit';
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
			// The account and its audit entry together; a simultaneous create of the same address loses on the unique index.
			await db.transaction(async (tx) => {
				const user = await createUser(tx, parsed.data);
				await writeAudit(tx, {
					userId: admin.id,
					action: 'user.create',
					entityType: 'user',
					entityId: user.id,
					before: null,
					after: { email: user.email, role: user.role }
				});
			});
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
