import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions } from '../../src/lib/server/db/schema';
import { sessionIdFromToken } from '../../src/lib/server/auth/session';
import { getPage, logIn, postForm, startDemoServer, type EditorServer } from './editor-server';

/** The built server, as a browser or an attacker would talk to it over HTTP. */
describe('editor access over HTTP (built server, DEMO=1)', () => {
	let s: EditorServer;
	let cookie: string;
	beforeAll(async () => {
		s = await startDemoServer();
		cookie = await logIn(s);
	});
	afterAll(async () => {
		await s?.stop();
	});

	it('prints the demo editor and how to create the first admin', () => {
		expect(s.output()).toContain('npm run user:create -- --email');
		expect(s.password.length).toBeGreaterThanOrEqual(16);
	});

	it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ and (on plain http) not Secure', async () => {
		const res = await postForm(s.base, '/login', { email: s.email, password: s.password });
		const set = res.headers.getSetCookie().find((c) => c.startsWith('camket_session='))!;
		expect(set).toMatch(/HttpOnly/i);
		expect(set).toMatch(/SameSite=Lax/i);
		expect(set).toMatch(/Path=\//i);
		expect(set).not.toMatch(/Secure/i);
		expect(set.split(';')[0]!.length).toBeGreaterThan('camket_session='.length + 30);
	});

	it('answers a wrong password with the generic message', async () => {
		const res = await postForm(s.base, '/login', {
			email: s.email,
			password: 'definitely-not-it-2026'
		});
		expect(res.status).toBe(400);
		expect(await res.text()).toContain('Wrong email or password.');
	});

	it('sends an anonymous reader from an editor page to the login page with the way back', async () => {
		const page = await getPage(s, '/editor/items?q=x');
		expect(page.status).toBe(303);
		expect(page.location).toBe('/login?next=%2Feditor%2Fitems%3Fq%3Dx');
	});

	it('refuses anonymous POSTs to every editor action with 403', async () => {
		const targets = [
			'/editor?/accept',
			'/editor?/reject',
			'/editor/items/1?/edit',
			'/editor/items/1?/status',
			'/editor/items/1?/merge',
			'/editor/items/1?/split',
			'/editor/import',
			'/editor/account?/password',
			'/admin?/create'
		];
		for (const target of targets) {
			const res = await postForm(s.base, target, {
				proposalId: '1',
				itemVersion: '1',
				version: '1',
				title: 'Hijacked title',
				email: 'x@example.org',
				role: 'admin',
				password: 'whatever-long-2026'
			});
			expect(res.status, target).toBe(403);
		}
		const item = await getPage(s, '/editor/items/1', cookie);
		expect(item.body).not.toContain('Hijacked title');
	});

	it('refuses an editor’s POST to an admin action with 403', async () => {
		const res = await postForm(
			s.base,
			'/admin?/create',
			{ email: 'sneaky@example.org', role: 'admin', password: 'sneaky-Lantern-2026' },
			{ cookie }
		);
		expect(res.status).toBe(403);
		expect((await getPage(s, '/admin', cookie)).status).toBe(403);
		// Following a feed makes the server fetch from the web on a schedule: admins only.
		const feed = await postForm(
			s.base,
			'/admin/feeds?/add',
			{ name: 'Tin', url: 'https://tin.example/rss.xml', keywords: 'Lào', intervalMinutes: '60' },
			{ cookie }
		);
		expect(feed.status).toBe(403);
		expect((await getPage(s, '/admin/feeds', cookie)).status).toBe(403);
	});

	it('rejects a cross-origin POST even with a valid session cookie', async () => {
		const before = await getPage(s, '/editor/items/1', cookie);
		const version = /name="version" value="(\d+)"/.exec(before.body)![1]!;
		const res = await postForm(
			s.base,
			'/editor/items/1?/status',
			{
				version,
				toStatus: 'cancelled',
				reason: 'Forged from another site entirely.',
				note: 'forged'
			},
			{ cookie, origin: 'http://evil.example' }
		);
		expect(res.status).toBe(403);
		expect(await res.text()).toContain('Cross-site POST form submissions are forbidden');
		const after = await getPage(s, '/editor/items/1', cookie);
		expect(after.body).not.toContain('Forged from another site');
		expect(/name="version" value="(\d+)"/.exec(after.body)![1]).toBe(version);
	});

	it('limits login attempts per account and address and says when to retry', async () => {
		const statuses = [];
		for (let i = 0; i < 5; i++)
			statuses.push(
				(
					await postForm(s.base, '/login', {
						email: 'guessed@example.org',
						password: `guess-${i}-long-enough`
					})
				).status
			);
		expect(statuses).toEqual([400, 400, 400, 400, 400]);
		const locked = await postForm(s.base, '/login', {
			email: 'guessed@example.org',
			password: 'another-guess-here'
		});
		expect(locked.status).toBe(429);
		expect(await locked.text()).toMatch(
			/Too many failed login attempts\. Try again after \d\d:\d\d UTC \(in [12] minutes?\)/
		);
	});

	it('two editors saving the same item: the second gets the conflict with both values, then can reapply', async () => {
		const other = await logIn(s);
		const page = await getPage(s, '/editor/items/2', cookie);
		const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
		const fields = (title: string, targetYear: string) => ({
			version,
			title,
			titleEn: '',
			sector: 'trade',
			targetValue: '',
			targetValueMax: '',
			unit: '',
			targetYear,
			deadline: '',
			publicNote: ''
		});
		const first = await postForm(s.base, '/editor/items/2?/edit', fields('Title saved first', ''), {
			cookie
		});
		expect(first.status).toBe(303);
		const second = await postForm(
			s.base,
			'/editor/items/2?/edit',
			fields('Title saved second', '2031'),
			{ cookie: other }
		);
		expect(second.status).toBe(409);
		const html = await second.text();
		expect(html).toContain('Someone else saved this item first');
		expect(html).toContain('Title saved first');
		expect(html).toContain('Title saved second');
		expect(html).toContain('Reapply my changes over the newer version');
		const current = /name="version" value="(\d+)"/.exec(html)![1]!;
		expect(Number(current)).toBe(Number(version) + 1);
		const reapplied = await postForm(
			s.base,
			'/editor/items/2?/edit',
			{ ...fields('Title saved second', '2031'), version: current },
			{ cookie: other }
		);
		expect(reapplied.status).toBe(303);
		const after = await getPage(s, '/editor/items/2', cookie);
		expect(after.body).toContain('value="Title saved second"');
		expect(after.body).toContain('value="2031"');
	});

	// The server holds PGlite's folder, so the database is only reachable from here on PostgreSQL.
	it.runIf(!!process.env.TEST_DATABASE_URL)(
		'renews the cookie past half-life, and an expired session leads to login with the way back',
		async () => {
			const mine = await logIn(s);
			const id = sessionIdFromToken(mine.split('=')[1]!);
			const db = s.database!.db;
			await db
				.update(sessions)
				.set({ expiresAt: new Date(Date.now() + 24 * 3600_000) })
				.where(eq(sessions.id, id));
			const res = await fetch(`${s.base}/editor`, {
				redirect: 'manual',
				headers: { cookie: mine }
			});
			expect(res.status).toBe(200);
			const renewed = res.headers.getSetCookie().find((c) => c.startsWith('camket_session='));
			expect(renewed).toBeDefined();
			const expires = new Date(/Expires=([^;]+)/i.exec(renewed!)![1]!);
			expect(expires.getTime()).toBeGreaterThan(Date.now() + 2.9 * 24 * 3600_000);

			await db
				.update(sessions)
				.set({ expiresAt: new Date(Date.now() - 1000) })
				.where(eq(sessions.id, id));
			const expired = await getPage(s, '/editor/audit', mine);
			expect(expired.status).toBe(303);
			expect(expired.location).toBe('/login?next=%2Feditor%2Faudit&expired=1');
			expect(await db.select().from(sessions).where(eq(sessions.id, id))).toHaveLength(0);
		}
	);

	it('logout ends the session on the server: the old cookie no longer opens editor pages', async () => {
		const mine = await logIn(s);
		expect((await getPage(s, '/editor', mine)).status).toBe(200);
		const out = await postForm(s.base, '/logout', {}, { cookie: mine });
		expect(out.status).toBe(303);
		const again = await getPage(s, '/editor', mine);
		expect(again.status).toBe(303);
		expect(again.location).toBe('/login?next=%2Feditor&expired=1');
		const login = await getPage(s, again.location!);
		expect(login.body).toContain('Your session has expired or was ended');
	});
	// Last: it changes the demo editor's password.
	it('a password change ends the user’s other sessions and keeps this browser logged in', async () => {
		const elsewhere = await logIn(s);
		const here = await logIn(s);
		const wrong = await postForm(
			s.base,
			'/editor/account?/password',
			{
				current: 'not-my-password-x',
				password: 'fresh-Harbour-2026-z',
				confirm: 'fresh-Harbour-2026-z'
			},
			{ cookie: here }
		);
		expect(wrong.status).toBe(400);
		const res = await postForm(
			s.base,
			'/editor/account?/password',
			{ current: s.password, password: 'fresh-Harbour-2026-z', confirm: 'fresh-Harbour-2026-z' },
			{ cookie: here }
		);
		expect(res.status).toBe(303);
		const fresh = res.headers
			.getSetCookie()
			.find((c) => c.startsWith('camket_session='))!
			.split(';')[0]!;
		expect((await getPage(s, '/editor', elsewhere)).status).toBe(303);
		expect((await getPage(s, '/editor', here)).status).toBe(303);
		expect((await getPage(s, '/editor', fresh)).status).toBe(200);
		expect(
			(await postForm(s.base, '/login', { email: s.email, password: s.password })).status
		).toBe(400);
		s.password = 'fresh-Harbour-2026-z';
		expect(
			(await postForm(s.base, '/login', { email: s.email, password: s.password })).status
		).toBe(303);
	});
});
