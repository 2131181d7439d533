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
import { createUser, setPassword, WeakPasswordError } from '../../src/lib/server/auth/user';
import { passwordWeakness } from '../../src/lib/server/auth/password';
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
		editorId = (await createUser(t.db, { email: 'Ha.Editor@Example.org', password: GOOD, role: 'editor' })).id;
	});
	afterAll(async () => {
		await t?.destroy();
	});

	const setExpiry = (token: string, at: Date) =>
		t.db.update(sessions).set({ expiresAt: at }).where(eq(sessions.id, sessionIdFromToken(token)));

	it('stores an argon2id hash, never the password, and a lowercased email', async () => {
		const [row] = await t.db.select().from(users).where(eq(users.id, editorId));
		expect(row!.email).toBe('ha.editor@example.org');
		expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(row!.passwordHash).not.toContain(GOOD);
	});

	it('refuses short or trivially weak passwords', async () => {
		for (const weak of ['short1!', 'aaaaaaaaaaaaaaaa', '123456789012', 'qwertyuiopas', 'password1234', 'abcabcabcabc', 'Ha.Editor-2026!x'])
			expect(passwordWeakness(weak, 'ha.editor@example.org'), weak).not.toBeNull();
		expect(passwordWeakness(GOOD, 'ha.editor@example.org')).toBeNull();
		await expect(createUser(t.db, { email: 'x@example.org', password: 'password1234', role: 'editor' })).rejects.toThrow(WeakPasswordError);
	});

	it('logs in with the right password and gives the same generic answer for a wrong one or an unknown email', async () => {
		expect(await attemptLogin(t.db, { email: ' HA.EDITOR@example.org ', password: GOOD, ip: '10.0.0.1' })).toMatchObject({
			ok: true,
			user: { id: editorId, role: 'editor' }
		});
		const wrong = await attemptLogin(t.db, { email: 'ha.editor@example.org', password: 'not-the-password-1', ip: '10.0.0.1' });
		const unknown = await attemptLogin(t.db, { email: 'nobody@example.org', password: GOOD, ip: '10.0.0.1' });
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
		expect(await t.db.select().from(sessions).where(eq(sessions.id, sessionIdFromToken(token)))).toHaveLength(0);
	});

	it('renews a session to 30 days once half its life is used, and not before', async () => {
		const token = generateSessionToken();
		await createSession(t.db, token, editorId);
		await setExpiry(token, new Date(Date.now() + 20 * DAY));
		const early = await validateSessionToken(t.db, token);
		expect(early.renewed).toBe(false);
		expect(early.session!.expiresAt.getTime()).toBeLessThan(Date.now() + 21 * DAY);

		await setExpiry(token, new Date(Date.now() + 10 * DAY));
		const late = await validateSessionToken(t.db, token);
		expect(late.renewed).toBe(true);
		const [row] = await t.db.select().from(sessions).where(eq(sessions.id, sessionIdFromToken(token)));
		expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
	});

	it('logout deletes the session on the server', async () => {
		const token = generateSessionToken();
		const session = await createSession(t.db, token, editorId);
		await invalidateSession(t.db, session.id);
		expect((await validateSessionToken(t.db, token)).user).toBeNull();
	});

	it('a password change ends every session of that user and only theirs', async () => {
		const other = await createUser(t.db, { email: 'other@example.org', password: GOOD, role: 'admin' });
		const mine = [generateSessionToken(), generateSessionToken()];
		for (const token of mine) await createSession(t.db, token, editorId);
		const theirs = generateSessionToken();
		await createSession(t.db, theirs, other.id);
		await setPassword(t.db, editorId, 'second-Lantern-91-river', 'ha.editor@example.org');
		for (const token of mine) expect((await validateSessionToken(t.db, token)).user).toBeNull();
		expect((await validateSessionToken(t.db, theirs)).user?.email).toBe('other@example.org');
		expect(await attemptLogin(t.db, { email: 'ha.editor@example.org', password: GOOD, ip: '10.0.0.9' })).toMatchObject({ ok: false });
		expect(await attemptLogin(t.db, { email: 'ha.editor@example.org', password: 'second-Lantern-91-river', ip: '10.0.0.9' })).toMatchObject({ ok: true });
	});

	it('locks an account after 5 failures, refuses even the right password, and says when to retry', async () => {
		await createUser(t.db, { email: 'target@example.org', password: GOOD, role: 'editor' });
		const results = [];
		for (let i = 0; i < 5; i++)
			results.push(await attemptLogin(t.db, { email: 'target@example.org', password: `guess-number-${i}-x`, ip: `10.1.0.${i}` }));
		expect(results.slice(0, 4).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
		const locked = results[4]!;
		expect(locked).toMatchObject({ ok: false, reason: 'locked' });
		const retryAt = (locked as { retryAt: Date }).retryAt;
		expect(retryAt.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
		const refused = await attemptLogin(t.db, { email: 'target@example.org', password: GOOD, ip: '10.1.9.9' });
		expect(refused).toMatchObject({ ok: false, reason: 'locked' });
		expect(describeRetry(retryAt)).toMatch(/Try again after \d\d:\d\d UTC \(in 1[45] minutes\)/);

		await t.db.update(loginAttempts).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(loginAttempts.key, 'email:target@example.org'));
		expect(await attemptLogin(t.db, { email: 'target@example.org', password: GOOD, ip: '10.1.9.9' })).toMatchObject({ ok: true });
	});

	it('locks an address that guesses across many accounts', async () => {
		let last;
		for (let i = 0; i < 30; i++) last = await attemptLogin(t.db, { email: `spray${i}@example.org`, password: 'spray-guess-2026x', ip: '203.0.113.7' });
		expect(last).toMatchObject({ ok: false, reason: 'locked' });
		expect(await attemptLogin(t.db, { email: 'other@example.org', password: GOOD, ip: '203.0.113.7' })).toMatchObject({ reason: 'locked' });
		expect(await attemptLogin(t.db, { email: 'other@example.org', password: GOOD, ip: '198.51.100.2' })).toMatchObject({ ok: true });
	});

	it('forgets failures older than the window', async () => {
		await createUser(t.db, { email: 'slow@example.org', password: GOOD, role: 'editor' });
		for (let i = 0; i < 4; i++) await attemptLogin(t.db, { email: 'slow@example.org', password: 'wrong-guess-long', ip: '10.2.0.1' });
		await t.db.execute(sql`update login_attempts set window_start = now() - interval '20 minutes' where key = 'email:slow@example.org'`);
		expect(await attemptLogin(t.db, { email: 'slow@example.org', password: 'wrong-guess-long', ip: '10.2.0.1' })).toMatchObject({ reason: 'invalid' });
		const [row] = await t.db.select().from(loginAttempts).where(eq(loginAttempts.key, 'email:slow@example.org'));
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
		expect(await attemptLogin(t.db, { email: first.email, password: second.password, ip: '10.3.0.1' })).toMatchObject({ ok: true, user: { role: 'editor' } });
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
	const run = (args: string[], input: string) => runScript('scripts/user-create.ts', args, env(), input);

	it.runIf(backendName === 'postgres')('creates an admin from a piped password, refuses weak ones, bad roles and duplicates', async () => {
		const weak = await run(['--email', 'chief@example.org', '--role', 'admin'], 'short\n');
		expect(weak.code).toBe(2);
		expect(weak.stderr).toContain('Password too weak');
		const badRole = await run(['--email', 'chief@example.org', '--role', 'owner'], `${GOOD}\n`);
		expect(badRole.code).toBe(2);
		expect(badRole.stderr).toContain('--role');
		const ok = await run(['--email', 'Chief@Example.org', '--role', 'admin'], `${GOOD}\n`);
		expect(ok.stdout).toContain('Created admin chief@example.org');
		expect(ok.code).toBe(0);
		expect(await attemptLogin(t.db, { email: 'chief@example.org', password: GOOD, ip: '10.4.0.1' })).toMatchObject({ ok: true, user: { role: 'admin' } });
		const [logged] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'user.create_cli'));
		expect(logged).toMatchObject({ entityType: 'user', after: { email: 'chief@example.org', role: 'admin' } });
		const again = await run(['--email', 'chief@example.org', '--role', 'admin'], `${GOOD}\n`);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('--reset');
	});

	it.runIf(backendName === 'pglite')('creates a user in a PGlite data folder from a piped password', async () => {
		const ok = await run(['--email', 'chief@example.org', '--role', 'editor'], `${GOOD}\n`);
		expect(ok.stdout + ok.stderr).toContain('Created editor chief@example.org');
		const weak = await run(['--email', 'two@example.org', '--role', 'editor'], '123456789012\n');
		expect(weak.code).toBe(2);
	});
});
