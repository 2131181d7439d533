/**
 * What people do to accounts — an editor changes their password, an admin creates an account or
 * changes a role, the operator resets one from the CLI — as one function each. Each write and
 * its audit entry share one transaction (the rule in editor/audit.ts): both commit or neither
 * does. Route actions and scripts/user-create.ts only parse their input, call these and report.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { writeAudit } from '../editor/audit';
import { attemptLogin } from './login';
import { hashPassword, passwordWeakness, type PasswordWeakness } from './password';
import { RoleSchema, type Role } from './roles';
import { createSession, generateSessionToken, invalidateUserSessions } from './session';
import { createUser, getUserByEmail, getUserById, WeakPasswordError } from './user';

export class UnknownUserError extends Error {
	constructor(readonly who: string | number) {
		super(`There is no account ${who}.`);
	}
}

/** Demoting the only admin would leave nobody able to manage accounts from the site. */
export class LastAdminError extends Error {
	constructor() {
		super('This is the only admin account: make another admin first.');
	}
}

/** The new password's hash in place and every session of the user ended, inside `tx`. */
async function storePasswordHash(tx: Db, userId: number, passwordHash: string): Promise<void> {
	await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
	await invalidateUserSessions(tx, userId);
}

/** Hashes before any transaction opens: argon2 takes a while and should not hold rows locked. */
async function strongHash(password: string, email: string): Promise<string> {
	const weakness = passwordWeakness(password, email);
	if (weakness) throw new WeakPasswordError(weakness);
	return hashPassword(password);
}

export type PasswordChange =
	| { ok: true; token: string; expiresAt: Date }
	| { ok: false; reason: 'gone' | 'wrong' }
	| { ok: false; reason: 'locked'; retryAt: Date }
	| { ok: false; reason: 'weak'; weakness: PasswordWeakness };

/**
 * An editor's own password change. The current password is checked like a login, so a stolen
 * session cannot guess it past the rate limit. On success every session of the user ends
 * (other browsers too) and a fresh one opens for this browser: its token is returned.
 */
export async function changeOwnPassword(
	db: Db,
	input: { userId: number; current: string; password: string; ip: string }
): Promise<PasswordChange> {
	const user = await getUserById(db, input.userId);
	if (!user) return { ok: false, reason: 'gone' };
	const check = await attemptLogin(db, {
		email: user.email,
		password: input.current,
		ip: input.ip
	});
	if (!check.ok)
		return check.reason === 'locked'
			? { ok: false, reason: 'locked', retryAt: check.retryAt }
			: { ok: false, reason: 'wrong' };
	const weakness = passwordWeakness(input.password, user.email);
	if (weakness) return { ok: false, reason: 'weak', weakness };
	const passwordHash = await hashPassword(input.password);
	const token = generateSessionToken();
	const session = await db.transaction(async (tx) => {
		await storePasswordHash(tx, user.id, passwordHash);
		await writeAudit(tx, {
			userId: user.id,
			action: 'user.password_change',
			entityType: 'user',
			entityId: user.id,
			before: null,
			after: { sessionsEnded: true }
		});
		return createSession(tx, token, user.id);
	});
	return { ok: true, token, expiresAt: session.expiresAt };
}

/**
 * A new account, by an admin (`by`) or from the CLI (`by: null`). Throws WeakPasswordError, or
 * DuplicateUserError when the address has an account (two simultaneous creates: one wins).
 */
export async function createAccount(
	db: Db,
	input: { by: number | null; email: string; password: string; role: Role }
): Promise<{ id: number; email: string; role: Role }> {
	return db.transaction(async (tx) => {
		const user = await createUser(tx, input);
		await writeAudit(tx, {
			userId: input.by,
			action: input.by === null ? 'user.create_cli' : 'user.create',
			entityType: 'user',
			entityId: user.id,
			before: null,
			after: { email: user.email, role: user.role }
		});
		return user;
	});
}

/** Inside `tx`: the account's role, refusing to demote the last admin. Returns the old role. */
async function applyRole(tx: Db, userId: number, role: Role): Promise<Role> {
	const [row] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
	if (!row) throw new UnknownUserError(userId);
	const before = RoleSchema.parse(row.role);
	if (before === 'admin' && role !== 'admin') {
		// Every admin row locked before counting: two admins demoting each other at the same
		// time cannot both see the other one still there.
		const admins = await tx
			.select({ id: users.id })
			.from(users)
			.where(eq(users.role, 'admin'))
			.for('update');
		if (admins.length <= 1) throw new LastAdminError();
	}
	if (before !== role) await tx.update(users).set({ role }).where(eq(users.id, userId));
	return before;
}

/** An admin (`by`) gives an account another role. Throws UnknownUserError or LastAdminError. */
export async function changeRole(
	db: Db,
	input: { by: number; userId: number; role: Role }
): Promise<{ before: Role; after: Role }> {
	return db.transaction(async (tx) => {
		const before = await applyRole(tx, input.userId, input.role);
		await writeAudit(tx, {
			userId: input.by,
			action: 'user.role_change',
			entityType: 'user',
			entityId: input.userId,
			before: { role: before },
			after: { role: input.role }
		});
		return { before, after: input.role };
	});
}

/**
 * `npm run user:create -- --reset`: the operator gives an existing account a new password and
 * this role; its open sessions end. Throws UnknownUserError or WeakPasswordError.
 */
export async function resetAccount(
	db: Db,
	input: { email: string; password: string; role: Role }
): Promise<void> {
	const user = await getUserByEmail(db, input.email);
	if (!user) throw new UnknownUserError(input.email);
	const passwordHash = await strongHash(input.password, user.email);
	await db.transaction(async (tx) => {
		// The operator at the console may demote even the last admin, as before.
		await tx.update(users).set({ role: input.role }).where(eq(users.id, user.id));
		await storePasswordHash(tx, user.id, passwordHash);
		await writeAudit(tx, {
			userId: null,
			action: 'user.reset_cli',
			entityType: 'user',
			entityId: user.id,
			before: { role: user.role },
			after: { role: input.role, sessionsEnded: true }
		});
	});
}
