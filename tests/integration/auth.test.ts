import { eq, sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loginAttempts, sessions, users } from '../../src/lib/server/db/schema';
import { attemptLogin, describeRetry } from '../../src/lib/server/auth/login';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	sessionIdFromToken,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { createUser, DuplicateUserError, WeakPasswordError } from '../../src/lib/server/auth/user';
import { passwordWeakness } from '../../src/lib/server/auth/password';
import { changeOwnPassword } from '../../src/lib/server/auth/accounts';
import { requireRole } from '../../src/lib/server/auth/guard';
import { ensureDemoEditor, firstAdminHint } from '../../src/lib/server/auth/bootstrap';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { dbEnv, runScript } from '../helpers/cli';

const DAY = 24 * 60 * 60 * 1000;
const GOOD = 'lantern-Mekong-47-harbour';

describe(`auth (${backendName})`, () => {
	let t: TestDatabase;
	let editorId: number;
	beforeAll(async () => {
		t = await createTestDatabase();
		editorId = (
			await createUser(t.db, { email: 'Ha.Editor@Example.org', password: GOOD, role: 'editor' })
		).id;
	});
	afterAll(async () => {
		await t?.destroy();
	});

	const setExpiry = (token: string, at: Date) =>
		t.db
			.update(sessions)
			.set({ expiresAt: at })
			.where(eq(sessions.id, sessionIdFromToken(token)));

	it('stores an argon2id hash, never the password, and a lowercased email', async () => {
		const [row] = await t.db.select().from(users).where(eq(users.id, editorId));
		expect(row!.email).toBe('ha.editor@example.org');
		expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(row!.passwordHash).not.toContain(GOOD);
	});

	it('two simultaneous creates of one address: one account, and the other gets DuplicateUserError', async () => {
		const results = await Promise.allSettled(
			[0, 1].map(() =>
				createUser(t.db, { email: 'twice@example.org', password: GOOD, role: 'editor' })
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(lost.reason).toBeInstanceOf(DuplicateUserError);
		expect(
			await t.db.select().from(users).where(eq(users.email, 'twice@example.org'))
		).toHaveLength(1);
	});

	it('refuses short or trivially weak passwords', async () => {
		for (const weak of [
			'short1!',
			'aaaaaaaaaaaaaaaa',
			'123456789012',
			'qwertyuiopas',
			'password1234',
			'abcabcabcabc',
			'Ha.Editor-2026!x',
			'correct horse',
			'iloveyou12345',
			'matkhau123456'
		])
			expect(passwordWeakness(weak, 'ha.editor@example.org'), weak).not.toBeNull();
		expect(passwordWeakness(GOOD, 'ha.editor@example.org')).toBeNull();
		await expect(
			createUser(t.db, { email: 'x@example.org', password: 'password1234', role: 'editor' })
		).rejects.toThrow(WeakPasswordError);
	});

	it('logs in with the right password and gives the same generic answer for a wrong one or an unknown email', async () => {
		expect(
			await attemptLogin(t.db, { email: ' HA.EDITOR@example.org ', password: GOOD, ip: '10.0.0.1' })
		).toMatchObject({
			ok: true,
			user: { id: editorId, role: 'editor' }
		});
		const wrong = await attemptLogin(t.db, {
			email: 'ha.editor@example.org',
			password: 'not-the-password-1',
			ip: '10.0.0.1'
		});
		const unknown = await attemptLogin(t.db, {
			email: 'nobody@example.org',
			password: GOOD,
			ip: '10.0.0.1'
		});
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrong);
	});

	it('keeps only the SHA-256 of a 160-bit token in the sessions table', async () => {
		const token = generateSessionToken();
		expect(token).toMatch(/^[a-z2-7]{32}$/); // 32 base32 characters = 160 bits
		expect(generateSessionToken()).not.toBe(token);
		const session = await createSession(t.db, token, editorId);
		const rows = await t.db.select().from(sessions).where(eq(sessions.userId, editorId));
		expect(rows.map((r) => r.id)).toContain(session.id);
		expect(session.id).toMatch(/^[0-9a-f]{64}$/);
		expect(rows.some((r) => r.id === token)).toBe(false);
		const valid = await validateSessionToken(t.db, token);
		expect(valid.user).toEqual({ id: editorId, email: 'ha.editor@example.org', role: 'editor' });
		expect((await validateSessionToken(t.db, generateSessionToken())).user).toBeNull();
	});

	it('ends an expired session and deletes its row', async () => {
		const token = generateSessionToken();
		await createSession(t.db, token, editorId);
		await setExpiry(token, new Date(Date.now() - 1000));
		expect(await validateSessionToken(t.db, token)).toMatchObject({ session: null, user: null });
		expect(
			await t.db
				.select()
				.from(sessions)
				.where(eq(sessions.id, sessionIdFromToken(token)))
		).toHaveLength(0);
	});

	it('renews a session to 3 days once half its life is used, and not before', async () => {
		const token = generateSessionToken();
		await createSession(t.db, token, editorId);
		await setExpiry(token, new Date(Date.now() + 2 * DAY));
		const early = await validateSessionToken(t.db, token);
		expect(early.renewed).toBe(false);
		expect(early.session!.expiresAt.getTime()).toBeLessThan(Date.now() + 2.1 * DAY);

		await setExpiry(token, new Date(Date.now() + DAY));
		const late = await validateSessionToken(t.db, token);
		expect(late.renewed).toBe(true);
		const [row] = await t.db
			.select()
			.from(sessions)
			.where(eq(sessions.id, sessionIdFromToken(token)));
		expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 2.9 * DAY);
	});

	it('ends a session 7 days after its login however active it was, and never renews past that', async () => {
		const token = generateSessionToken();
		const loggedIn = new Date();
		await createSession(t.db, token, editorId, loggedIn);
		await t.db
			.update(sessions)
			.set({ createdAt: new Date(loggedIn.getTime() - 6 * DAY) })
			.where(eq(sessions.id, sessionIdFromToken(token)));
		await setExpiry(token, new Date(Date.now() + DAY / 2));
		const renewed = await validateSessionToken(t.db, token);
		expect(renewed.renewed).toBe(true);
		expect(
			renewed.session!.expiresAt.getTime(),
			'renewed only up to 7 days after the login'
		).toBeLessThanOrEqual(loggedIn.getTime() + DAY + 1000);
		// Still inside the sliding window, but past the cap: over.
		expect(
			(await validateSessionToken(t.db, token, new Date(loggedIn.getTime() + DAY + 1000))).user
		).toBeNull();
		expect(
			await t.db
				.select()
				.from(sessions)
				.where(eq(sessions.id, sessionIdFromToken(token)))
		).toHaveLength(0);
	});

	it('logout deletes the session on the server', async () => {
		const token = generateSessionToken();
		const session = await createSession(t.db, token, editorId);
		await invalidateSession(t.db, session.id);
		expect((await validateSessionToken(t.db, token)).user).toBeNull();
	});

	it('a password change ends every session of that user and only theirs', async () => {
		const other = await createUser(t.db, {
			email: 'other@example.org',
			password: GOOD,
			role: 'admin'
		});
		const mine = [generateSessionToken(), generateSessionToken()];
		for (const token of mine) await createSession(t.db, token, editorId);
		const theirs = generateSessionToken();
		await createSession(t.db, theirs, other.id);
		const changed = await changeOwnPassword(t.db, {
			userId: editorId,
			current: GOOD,
			password: 'second-Lantern-91-river',
			ip: '10.0.0.8'
		});
		expect(changed.ok).toBe(true);
		for (const token of mine) expect((await validateSessionToken(t.db, token)).user).toBeNull();
		expect((await validateSessionToken(t.db, theirs)).user?.email).toBe('other@example.org');
		expect(
			await attemptLogin(t.db, { email: 'ha.editor@example.org', password: GOOD, ip: '10.0.0.9' })
		).toMatchObject({ ok: false });
		expect(
			await attemptLogin(t.db, {
				email: 'ha.editor@example.org',
				password: 'second-Lantern-91-river',
				ip: '10.0.0.9'
			})
		).toMatchObject({ ok: true });
	});

	it('five tries per account and address, then each one waits twice as long; the owner elsewhere is not locked out', async () => {
		await createUser(t.db, { email: 'target@example.org', password: GOOD, role: 'editor' });
		const now = new Date();
		const tries = [];
		for (let i = 0; i < 5; i++)
			tries.push(
				await attemptLogin(
					t.db,
					{ email: 'target@example.org', password: `guess-number-${i}-x`, ip: '10.1.0.1' },
					now
				)
			);
		expect(tries.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
			'invalid',
			'invalid',
			'invalid',
			'invalid',
			'invalid'
		]);
		// The sixth, even with the right password, waits a minute: nothing is checked.
		const sixth = await attemptLogin(
			t.db,
			{ email: 'target@example.org', password: GOOD, ip: '10.1.0.1' },
			now
		);
		expect(sixth).toMatchObject({ ok: false, reason: 'locked' });
		const retryAt = (sixth as { retryAt: Date }).retryAt;
		expect(retryAt.getTime() - now.getTime()).toBe(60_000);
		expect(describeRetry(retryAt, now)).toBe(
			`Too many failed login attempts. Try again after ${retryAt.toISOString().slice(11, 16)} UTC (in 1 minute).`
		);
		// After the wait, one more wrong guess doubles it.
		const later = new Date(retryAt.getTime() + 1);
		expect(
			await attemptLogin(
				t.db,
				{ email: 'target@example.org', password: 'guess-number-6-x', ip: '10.1.0.1' },
				later
			)
		).toMatchObject({ reason: 'invalid' });
		const seventh = await attemptLogin(
			t.db,
			{ email: 'target@example.org', password: GOOD, ip: '10.1.0.1' },
			later
		);
		expect((seventh as { retryAt: Date }).retryAt.getTime() - later.getTime()).toBe(120_000);
		// The account's owner, from their own address, logs in all the while.
		expect(
			await attemptLogin(
				t.db,
				{ email: 'target@example.org', password: GOOD, ip: '10.1.9.9' },
				later
			)
		).toMatchObject({ ok: true });
	});

	it('a burst of simultaneous guesses gets no more password checks than the limit', async () => {
		await createUser(t.db, { email: 'burst@example.org', password: GOOD, role: 'editor' });
		const attempts = Array.from({ length: 40 }, (_, i) => ({
			email: 'burst@example.org',
			password: i === 39 ? GOOD : `burst-guess-${i}-x`,
			ip: '10.4.0.1'
		}));
		const results = await Promise.all(attempts.map((a) => attemptLogin(t.db, a)));
		const checked = results.filter((r) => r.ok || r.reason === 'invalid');
		expect(checked.length, 'attempts whose password was checked').toBeLessThanOrEqual(5);
		const [row] = await t.db
			.select()
			.from(loginAttempts)
			.where(eq(loginAttempts.key, 'pair:burst@example.org|10.4.0.1'));
		expect(row?.failures ?? 0, 'attempts counted').toBeLessThanOrEqual(5);
	});

	it('locks an address that guesses across many accounts', async () => {
		for (let i = 0; i < 30; i++)
			await attemptLogin(t.db, {
				email: `spray${i}@example.org`,
				password: 'spray-guess-2026x',
				ip: '203.0.113.7'
			});
		expect(
			await attemptLogin(t.db, { email: 'other@example.org', password: GOOD, ip: '203.0.113.7' })
		).toMatchObject({ reason: 'locked' });
		expect(
			await attemptLogin(t.db, { email: 'other@example.org', password: GOOD, ip: '198.51.100.2' })
		).toMatchObject({ ok: true });
	});

	it('colleagues behind one address who log in successfully never add up to a lock', async () => {
		for (let i = 0; i < 40; i++)
			expect(
				await attemptLogin(t.db, { email: 'other@example.org', password: GOOD, ip: '192.0.2.50' })
			).toMatchObject({ ok: true });
	});

	it('forgets attempts after an hour of quiet', async () => {
		await createUser(t.db, { email: 'slow@example.org', password: GOOD, role: 'editor' });
		for (let i = 0; i < 4; i++)
			await attemptLogin(t.db, {
				email: 'slow@example.org',
				password: 'wrong-guess-long',
				ip: '10.2.0.1'
			});
		await t.db.execute(
			sql`update login_attempts set window_start = now() - interval '61 minutes' where key = 'pair:slow@example.org|10.2.0.1'`
		);
		expect(
			await attemptLogin(t.db, {
				email: 'slow@example.org',
				password: 'wrong-guess-long',
				ip: '10.2.0.1'
			})
		).toMatchObject({ reason: 'invalid' });
		const [row] = await t.db
			.select()
			.from(loginAttempts)
			.where(eq(loginAttempts.key, 'pair:slow@example.org|10.2.0.1'));
		expect(row!.failures).toBe(1);
	});

	it('requireRole throws 403 for anonymous readers and for editors on admin work', () => {
		const status = (fn: () => unknown) => {
			try {
				fn();
				return 200;
			} catch (e) {
				return (e as { status: number }).status;
			}
		};
		const editor = { id: 1, email: 'e@example.org', role: 'editor' as const };
		expect(status(() => requireRole({ user: null }, 'editor'))).toBe(403);
		expect(status(() => requireRole({ user: editor }, 'admin'))).toBe(403);
		expect(status(() => requireRole({ user: editor }, 'editor'))).toBe(200);
		expect(status(() => requireRole({ user: { ...editor, role: 'admin' } }, 'editor'))).toBe(200);
	});

	it('demo mode sets a new random password each time and ends the old sessions', async () => {
		const first = await ensureDemoEditor(t.db);
		const token = generateSessionToken();
		const [row] = await t.db.select().from(users).where(eq(users.email, first.email));
		await createSession(t.db, token, row!.id);
		const second = await ensureDemoEditor(t.db);
		expect(second.password).not.toBe(first.password);
		expect(second.password.length).toBeGreaterThanOrEqual(16);
		expect((await validateSessionToken(t.db, token)).user).toBeNull();
		expect(
			await attemptLogin(t.db, { email: first.email, password: second.password, ip: '10.3.0.1' })
		).toMatchObject({ ok: true, user: { role: 'editor' } });
	});

	it('hints at creating the first admin only while there is none', async () => {
		const fresh = await createTestDatabase();
		try {
			expect(await firstAdminHint(fresh.db)).toContain('npm run user:create -- --email');
			await createUser(fresh.db, { email: 'boss@example.org', password: GOOD, role: 'admin' });
			expect(await firstAdminHint(fresh.db)).toBeNull();
		} finally {
			await fresh.destroy();
		}
	});
});

describe(`npm run user:create (${backendName})`, () => {
	let t: TestDatabase;
	let dir: string;
	beforeAll(async () => {
		t = await createTestDatabase();
		dir = mkdtempSync(path.join(tmpdir(), 'camket-user-'));
	});
	afterAll(async () => {
		await t?.destroy();
		rmSync(dir, { recursive: true, force: true });
	});
	// PGlite allows one process per folder, so the CLI runs only where it can share the database.
	const env = () => dbEnv(t, path.join(dir, 'data'));
	const run = (args: string[], input: string) =>
		runScript('scripts/user-create.ts', args, env(), input);

	it.runIf(backendName === 'postgres')(
		'creates an admin from a piped password, refuses weak ones, bad roles and duplicates',
		async () => {
			const weak = await run(['--email', 'chief@example.org', '--role', 'admin'], 'short\n');
			expect(weak.code).toBe(2);
			expect(weak.stderr).toContain('Password too weak');
			const badRole = await run(['--email', 'chief@example.org', '--role', 'owner'], `${GOOD}\n`);
			expect(badRole.code).toBe(2);
			expect(badRole.stderr).toContain('--role');
			const ok = await run(['--email', 'Chief@Example.org', '--role', 'admin'], `${GOOD}\n`);
			expect(ok.stdout).toContain('Created admin chief@example.org');
			expect(ok.code).toBe(0);
			expect(
				await attemptLogin(t.db, { email: 'chief@example.org', password: GOOD, ip: '10.4.0.1' })
			).toMatchObject({ ok: true, user: { role: 'admin' } });
			const [logged] = await t.db
				.select()
				.from(auditLog)
				.where(eq(auditLog.action, 'user.create_cli'));
			expect(logged).toMatchObject({
				entityType: 'user',
				after: { email: 'chief@example.org', role: 'admin' }
			});
			const again = await run(['--email', 'chief@example.org', '--role', 'admin'], `${GOOD}\n`);
			expect(again.code).toBe(1);
			expect(again.stderr).toContain('--reset');
		}
	);

	it.runIf(backendName === 'pglite')(
		'creates a user in a PGlite data folder from a piped password',
		async () => {
			const ok = await run(['--email', 'chief@example.org', '--role', 'editor'], `${GOOD}\n`);
			expect(ok.stdout + ok.stderr).toContain('Created editor chief@example.org');
			const weak = await run(['--email', 'two@example.org', '--role', 'editor'], '123456789012\n');
			expect(weak.code).toBe(2);
		},
		180_000
	); // two CLI processes, each making or opening a PGlite folder: slow on a loaded machine
});
