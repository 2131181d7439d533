import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';
import { countAdmins } from './user';

export const DEMO_EDITOR_EMAIL = 'demo-editor@camket.local';

/**
 * DEMO=1 only: a demo editor with a fresh random password on every start (the old one and its
 * sessions stop working), so no password is ever fixed in code.
 */
export async function ensureDemoEditor(db: Db): Promise<{ email: string; password: string }> {
	const password = randomBytes(12).toString('base64url');
	const passwordHash = await hashPassword(password);
	await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(users)
			.values({ email: DEMO_EDITOR_EMAIL, role: 'editor', passwordHash })
			.onConflictDoUpdate({ target: users.email, set: { passwordHash } })
			.returning({ id: users.id });
		await invalidateUserSessions(tx, row!.id);
	});
	return { email: DEMO_EDITOR_EMAIL, password };
}

/** What `npm start` prints when nobody can administer the site yet; null once an admin exists. */
export async function firstAdminHint(db: Db): Promise<string | null> {
	if ((await countAdmins(db)) > 0) return null;
	return [
		'No administrator account exists yet. Create the first one with:',
		'  npm run user:create -- --email you@example.org --role admin',
		'(it asks for the password; at least 12 characters).'
	].join('\n');
}
