import { error, redirect } from '@sveltejs/kit';
import type { SessionUser } from './session';
import { hasRole, type Role } from './roles';
import { m } from '../../paraglide/messages';

/** The role's name in the reader's language, straight from Paraglide (server code keeps off $lib/i18n). */
const ROLE_NAMES: Record<Role, () => string> = {
	editor: m.ed_role_editor,
	admin: m.ed_role_admin
};

interface AuthLocals {
	user: SessionUser | null;
	sessionExpired?: boolean;
}

/** For actions and endpoints: anything short of the role is a 403, never a silent no-op. */
export function requireRole(locals: AuthLocals, role: Role): SessionUser {
	if (!locals.user || !hasRole(locals.user.role, role))
		error(
			403,
			locals.user ? m.srv_role_needed({ role: ROLE_NAMES[role]() }) : m.srv_login_needed()
		);
	return locals.user;
}

/**
 * For protected page loads: an anonymous reader goes to the login page with the way back, and
 * is told when it is because the session expired; a logged-in user without the role gets a 403.
 * A load that runs to render a refused POST answers 403 too, never a redirect that hides it.
 */
export function requirePageRole(
	event: { locals: AuthLocals; url: URL; request: Request },
	role: Role
): SessionUser {
	const { locals, url } = event;
	if (!locals.user && event.request.method !== 'GET' && event.request.method !== 'HEAD')
		error(403, m.srv_login_needed());
	if (!locals.user) redirect(303, loginUrl(url, locals.sessionExpired === true));
	if (!hasRole(locals.user.role, role)) error(403, m.srv_role_needed({ role: ROLE_NAMES[role]() }));
	return locals.user;
}

export function loginUrl(from: URL, expired: boolean): string {
	const params = new URLSearchParams({ next: from.pathname + from.search });
	if (expired) params.set('expired', '1');
	return `/login?${params}`;
}

/** Where the site's own paths resolve; anything that resolves elsewhere is not one of them. */
const HOME = 'http://camket.invalid';

/**
 * Only a path on this site: `next` must never send a fresh login (or a language switch) to
 * another origin. Browsers strip TAB, CR and LF from URLs and read `\` as `/`, so `/\tevil`
 * and `/%09/evil` work as `//evil`: the check runs on the decoded, trimmed value, refuses
 * control characters and backslashes outright, and keeps only what resolves on our origin.
 */
export function safeNext(next: string | null | undefined, fallback = '/editor'): string {
	if (!next) return fallback;
	let decoded: string;
	try {
		decoded = decodeURIComponent(next);
	} catch {
		return fallback;
	}
	const trimmed = next.trim();
	// eslint-disable-next-line no-control-regex -- a control character in `next` is refused on purpose
	if (/[\u0000-\u001f\u007f\\]/.test(decoded) || /[\u0000-\u001f\u007f\\]/.test(trimmed))
		return fallback;
	if (!trimmed.startsWith('/') || trimmed.startsWith('//') || decoded.trim().startsWith('//'))
		return fallback;
	const url = new URL(trimmed, HOME);
	return url.origin === HOME ? url.pathname + url.search + url.hash : fallback;
}
