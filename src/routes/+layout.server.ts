import type { LayoutServerLoad } from './$types';

/** Only what the header shows: never the session or the password hash. */
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { email: locals.user.email, role: locals.user.role } : null
});
