/**
 * Account use cases (src/lib/server/auth/accounts.ts): a password change, a new account, a role
 * change and a CLI reset each happen together with their audit entry, or not at all. A trigger
 * refuses one of the two writes, as a full disk, a lost connection or a constraint would.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../src/lib/server/db/schema';
import { attemptLogin } from '../../src/lib/server/auth/login';
import {
	changeOwnPassword,
	changeRole,
	createAccount,
	LastAdminError,
	resetAccount
} from '../../src/lib/server/auth/accounts';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

const GOOD = 'lantern-Mekong-47-harbour';
const NEW = 'second-Lantern-91-river';

describe(`account changes and their audit entries (${backendName})`, () => {
	let t: TestDatabase;
	let admin: number;
	let editor: number;
	let ip = 0;
	/** A fresh address per login check, so the rate limit never gets in the way. */
	const nextIp = () => `10.9.0.${++ip}`;

	beforeAll(async () => {
		t = await createTestDatabase();
		await t.db.execute(
			sql.raw(`create function refuse_for_test() returns trigger language plpgsql as $$
				begin raise exception 'refused by the test'; end $$`)
		);
		admin = (
			await createAccount(t.db, {
				by: null,
				email: 'chief@example.org',
				password: GOOD,
				role: 'admin'
			})
		).id;
		editor = (
			await createAccount(t.db, {
				by: admin,
				email: 'ha@example.org',
				password: GOOD,
				role: 'editor'
			})
		).id;
	});
	afterAll(async () => {
		await t?.destroy();
	});
	afterEach(async () => {
		await t.db.execute(sql.raw('drop trigger if exists refuse on audit_log'));
		await t.db.execute(sql.raw('drop trigger if exists refuse on users'));
	});
	/** From now on, every insert into audit_log (or every update of users) fails. */
	const refuse = (table: 'audit_log' | 'users', what: 'insert' | 'update') =>
		t.db.execute(
			sql.raw(
				`create trigger refuse before ${what} on ${table} for each row execute function refuse_for_test()`
			)
		);
	const audits = (action: string, entityId: number) =>
		t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
	const roleOf = async (id: number) =>
		(await t.db.select({ role: users.role }).from(users).where(eq(users.id, id)))[0]?.role;
	const logsIn = async (email: string, password: string) =>
		(await attemptLogin(t.db, { email, password, ip: nextIp() })).ok;

	it('records who created an account, from the site or the CLI', async () => {
		expect(await audits('user.create', editor)).toMatchObject([
			{ userId: admin, after: { email: 'ha@example.org', role: 'editor' } }
		]);
		expect(await audits('user.create_cli', admin)).toMatchObject([{ userId: null }]);
	});

	it('creates no account when its audit entry cannot be written', async () => {
		await refuse('audit_log', 'insert');
		await expect(
			createAccount(t.db, { by: admin, email: 'ghost@example.org', password: GOOD, role: 'editor' })
		).rejects.toThrow();
		expect(await t.db.select().from(users).where(eq(users.email, 'ghost@example.org'))).toEqual([]);
	});

	it('changes a role and records it, before and after', async () => {
		expect(await changeRole(t.db, { by: admin, userId: editor, role: 'admin' })).toEqual({
			before: 'editor',
			after: 'admin'
		});
		expect(await roleOf(editor)).toBe('admin');
		expect(await audits('user.role_change', editor)).toMatchObject([
			{ userId: admin, before: { role: 'editor' }, after: { role: 'admin' } }
		]);
		await changeRole(t.db, { by: admin, userId: editor, role: 'editor' });
		expect(await roleOf(editor)).toBe('editor');
		expect(await audits('user.role_change', editor)).toHaveLength(2);
	});

	it('keeps the old role when the audit entry cannot be written', async () => {
		await refuse('audit_log', 'insert');
		await expect(changeRole(t.db, { by: admin, userId: editor, role: 'admin' })).rejects.toThrow();
		expect(await roleOf(editor)).toBe('editor');
	});

	it('writes no audit entry when the role change itself fails', async () => {
		const before = (await audits('user.role_change', editor)).length;
		await refuse('users', 'update');
		await expect(changeRole(t.db, { by: admin, userId: editor, role: 'admin' })).rejects.toThrow();
		expect(await roleOf(editor)).toBe('editor');
		expect(await audits('user.role_change', editor)).toHaveLength(before);
	});

	it('never demotes the last admin, and records nothing when it refuses', async () => {
		await expect(changeRole(t.db, { by: admin, userId: admin, role: 'editor' })).rejects.toThrow(
			LastAdminError
		);
		expect(await roleOf(admin)).toBe('admin');
		expect(await audits('user.role_change', admin)).toEqual([]);
	});

	it('keeps the old password and sessions when the audit entry of a change cannot be written', async () => {
		const token = generateSessionToken();
		await createSession(t.db, token, editor);
		await refuse('audit_log', 'insert');
		await expect(
			changeOwnPassword(t.db, { userId: editor, current: GOOD, password: NEW, ip: nextIp() })
		).rejects.toThrow();
		expect(await logsIn('ha@example.org', GOOD)).toBe(true);
		expect(await logsIn('ha@example.org', NEW)).toBe(false);
		expect((await validateSessionToken(t.db, token)).user?.id).toBe(editor);
		expect(await audits('user.password_change', editor)).toEqual([]);
	});

	it('writes no audit entry when the password cannot be stored', async () => {
		await refuse('users', 'update');
		await expect(
			changeOwnPassword(t.db, { userId: editor, current: GOOD, password: NEW, ip: nextIp() })
		).rejects.toThrow();
		expect(await audits('user.password_change', editor)).toEqual([]);
		expect(await logsIn('ha@example.org', GOOD)).toBe(true);
	});

	it('changes a password with its audit entry, ending old sessions and opening a new one', async () => {
		const old = generateSessionToken();
		await createSession(t.db, old, editor);
		const wrong = await changeOwnPassword(t.db, {
			userId: editor,
			current: 'not-my-password-at-all',
			password: NEW,
			ip: nextIp()
		});
		expect(wrong).toEqual({ ok: false, reason: 'wrong' });
		const weak = await changeOwnPassword(t.db, {
			userId: editor,
			current: GOOD,
			password: 'password1234',
			ip: nextIp()
		});
		expect(weak).toMatchObject({ ok: false, reason: 'weak' });
		expect(await audits('user.password_change', editor)).toEqual([]);

		const done = await changeOwnPassword(t.db, {
			userId: editor,
			current: GOOD,
			password: NEW,
			ip: nextIp()
		});
		if (!done.ok) throw new Error(`the change was refused: ${done.reason}`);
		expect((await validateSessionToken(t.db, old)).user).toBeNull();
		expect((await validateSessionToken(t.db, done.token)).user?.id).toBe(editor);
		expect(await logsIn('ha@example.org', NEW)).toBe(true);
		expect(await audits('user.password_change', editor)).toMatchObject([
			{ userId: editor, after: { sessionsEnded: true } }
		]);
	});

	it('resets an account from the CLI with its audit entry, or not at all', async () => {
		await refuse('audit_log', 'insert');
		await expect(
			resetAccount(t.db, { email: 'ha@example.org', password: GOOD, role: 'admin' })
		).rejects.toThrow();
		expect(await roleOf(editor)).toBe('editor');
		expect(await logsIn('ha@example.org', NEW)).toBe(true);
		await t.db.execute(sql.raw('drop trigger refuse on audit_log'));

		await resetAccount(t.db, { email: 'ha@example.org', password: GOOD, role: 'admin' });
		expect(await roleOf(editor)).toBe('admin');
		expect(await logsIn('ha@example.org', GOOD)).toBe(true);
		expect(await audits('user.reset_cli', editor)).toMatchObject([
			{ userId: null, before: { role: 'editor' }, after: { role: 'admin', sessionsEnded: true } }
		]);
	});
});
