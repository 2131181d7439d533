import { z } from 'zod';
import { m } from '../../paraglide/messages';

export const LoginForm = z.object({
	email: z.string().trim().toLowerCase().min(1, 'enter your email').max(254),
	password: z.string().min(1, 'enter your password').max(256),
	next: z.string().max(2000).optional()
});

export const PasswordChangeForm = z
	.object({
		current: z
			.string()
			.min(1, { error: () => m.val_current_password() })
			.max(256),
		password: z.string().max(256),
		confirm: z.string().max(256)
	})
	.refine((f) => f.password === f.confirm, {
		error: () => m.val_passwords_differ(),
		path: ['confirm']
	});

/** FormData → plain object of strings for zod; files are left out. */
export function formFields(data: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of data) if (typeof v === 'string') out[k] = v;
	return out;
}
