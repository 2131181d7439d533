import { describe, expect, it } from 'vitest';
import { getPage, logIn, postForm } from './editor-server';
import { expectFitsAndAccessible, fillLogin, useApp, visit } from './helpers/app';
import { DESKTOP, PHONE } from './helpers/browser';

const ADMIN = { email: 'chief-admin@example.org', password: 'Granite-Heron-Lantern-2026' };

/** An admin changes a role from the users page; the last admin cannot be demoted; editors cannot do it at all. */
describe('admin: changing a role on the users page', () => {
	const s = useApp({ admin: ADMIN });

	it('makes the demo editor an admin, and the change is audited and takes effect', async () => {
		const page = await s.newPage({ viewport: DESKTOP, locale: 'en' });
		await visit(page, '/login?next=%2Fadmin');
		await fillLogin(page, ADMIN);
		await page.waitForURL(`${s.base}/admin`);
		await page.waitForLoadState('networkidle');
		const row = page.locator('tbody tr', { hasText: s.email });
		await row.getByLabel(`Role of ${s.email}`).selectOption('admin');
		await row.getByRole('button', { name: 'Change role' }).click();
		await page.getByText(`${s.email} now has the admin role.`).waitFor();
		expect(await row.getByLabel(`Role of ${s.email}`).inputValue()).toBe('admin');

		const editorCookie = await logIn(s);
		expect((await getPage(s, '/admin', editorCookie)).status).toBe(200);
		const audit = await getPage(s, '/editor/audit', editorCookie);
		expect(audit.body).toContain('user.role_change');
	});

	it('refuses to demote the only admin, saying why, and changes nothing', async () => {
		const cookie = await logIn(ADMIN_AT(s.base));
		const ids = await userIds(cookie);
		// Back to two roles: the demo editor an editor again, so the chief is the only admin.
		const back = await postForm(
			s.base,
			'/admin?/role',
			{ userId: String(ids.get(s.email)), role: 'editor' },
			{ cookie }
		);
		expect(back.status).toBe(303);
		const refused = await postForm(
			s.base,
			'/admin?/role',
			{ userId: String(ids.get(ADMIN.email)), role: 'editor' },
			{ cookie }
		);
		expect(refused.status).toBe(409);
		expect(await refused.text()).toContain('This is the only admin account');
		expect((await getPage(s, '/admin', cookie)).status).toBe(200);
		const unknown = await postForm(
			s.base,
			'/admin?/role',
			{ userId: '999999', role: 'admin' },
			{ cookie }
		);
		expect(unknown.status).toBe(404);
		const bad = await postForm(
			s.base,
			'/admin?/role',
			{ userId: String(ids.get(s.email)), role: 'owner' },
			{ cookie }
		);
		expect(bad.status).toBe(400);
	});

	it('refuses the role change to an editor (403), who stays an editor', async () => {
		const editorCookie = await logIn(s);
		const res = await postForm(
			s.base,
			'/admin?/role',
			{ userId: '1', role: 'admin' },
			{ cookie: editorCookie }
		);
		expect(res.status).toBe(403);
		expect((await getPage(s, '/admin', editorCookie)).status).toBe(403);
	});

	for (const viewport of [DESKTOP, PHONE]) {
		it(`the users page at ${viewport.width} px: no sideways scroll, no serious axe finding`, async () => {
			const page = await s.newPage({ viewport });
			const [name, value] = (await logIn(ADMIN_AT(s.base))).split('=') as [string, string];
			await page.context().addCookies([{ name, value, url: s.base }]);
			expect((await page.goto('/admin'))?.status()).toBe(200);
			await expectFitsAndAccessible(page, 'admin-users');
		});
	}

	/** Each account's id, read from the users page's forms. */
	async function userIds(cookie: string): Promise<Map<string, number>> {
		const html = (await getPage(s, '/admin', cookie)).body;
		const ids = new Map<string, number>();
		for (const m of html.matchAll(
			/<td>([^<]+)<\/td><td><form[^>]*>\s*<input type="hidden" name="userId" value="(\d+)"/g
		))
			ids.set(m[1]!, Number(m[2]));
		if (!ids.has(ADMIN.email) || !ids.has(s.email)) throw new Error(`users page:\n${html}`);
		return ids;
	}
});

const ADMIN_AT = (base: string) => ({ base, ...ADMIN });
