import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillLogin, useApp, visit } from './helpers/app';

/**
 * A plain `npm start` (no ORIGIN) is reached as localhost or as 127.0.0.1, and an editor can log
 * in from either; a name the server does not answer for is still refused by the CSRF check, and
 * the login page says why instead of doing nothing. Logging out says that it happened.
 */
describe('login from any local name, CSRF kept', () => {
	// A made-up name that resolves to this machine: as a LAN name or a DNS-rebinding attack would.
	const s = useApp({ browserArgs: ['--host-resolver-rules=MAP camket-elsewhere.test 127.0.0.1'] });
	let port: string;

	beforeAll(() => {
		port = new URL(s.base).port;
	});

	const englishPage = (origin: string) => s.newPage({ origin, locale: 'en' });

	async function logInAt(page: Page, origin: string): Promise<void> {
		await visit(page, `${origin}/login?next=%2Feditor`);
		await fillLogin(page, s);
	}

	for (const host of ['127.0.0.1', 'localhost']) {
		it(`logs in at http://${host}:PORT and lands on the review queue`, async () => {
			const origin = `http://${host}:${port}`;
			const page = await englishPage(origin);
			await logInAt(page, origin);
			await page.waitForURL(`${origin}/editor`);
			await expect(page.getByRole('heading', { name: 'Review queue' }).isVisible()).resolves.toBe(
				true
			);
		});
	}

	it('refuses a login posted from another name and explains it on the login page', async () => {
		const origin = `http://camket-elsewhere.test:${port}`;
		const page = await englishPage(origin);
		await visit(page, `${origin}/login`);
		// Said before the editor types anything…
		await expect(page.getByTestId('cross-site-ahead').textContent()).resolves.toContain(
			`http://localhost:${port}/login`
		);
		await fillLogin(page, s);
		// …and after the refusal, with what was typed still there.
		const refusal = page.getByRole('alert');
		await refusal.waitFor();
		expect(await refusal.textContent()).toContain('The server refused this form');
		expect(await page.getByLabel('Email').inputValue()).toBe(s.email);
		expect(page.url()).toBe(`${origin}/login`);
	});

	it('keeps the CSRF check: a post from another site or a rebinding name is refused', async () => {
		const body = new URLSearchParams({ email: s.email, password: s.password, next: '/editor' });
		const local = `http://127.0.0.1:${port}`;
		const evil = await fetch(`${local}/login`, {
			method: 'POST',
			body,
			redirect: 'manual',
			headers: { origin: 'http://evil.example' }
		});
		expect(evil.status).toBe(403);
		// Host and Origin agree, but the name is not a loopback one: served as localhost, so refused.
		const rebound = await fetch(`${local}/login`, {
			method: 'POST',
			body,
			redirect: 'manual',
			headers: { origin: `http://rebound.example:${port}`, host: `rebound.example:${port}` }
		});
		expect(rebound.status).toBe(403);
		// A client cannot pick the origin through the headers the server uses internally.
		const forged = await fetch(`${local}/login`, {
			method: 'POST',
			body,
			redirect: 'manual',
			headers: {
				origin: 'http://evil.example',
				'x-camket-local-host': 'evil.example',
				'x-camket-local-protocol': 'http'
			}
		});
		expect(forged.status).toBe(403);
		const ok = await fetch(`${local}/login`, {
			method: 'POST',
			body,
			redirect: 'manual',
			headers: { origin: local, accept: 'text/html' }
		});
		expect(ok.status).toBe(303);
	});

	it('logout confirms that the session ended', async () => {
		const origin = `http://127.0.0.1:${port}`;
		const page = await englishPage(origin);
		await logInAt(page, origin);
		await page.waitForURL(`${origin}/editor`);
		await page.goto(`${origin}/logout`);
		await page.getByRole('button', { name: 'Log out' }).click();
		await page.getByText('You are logged out.').waitFor();
		expect(new URL(page.url()).pathname).toBe('/logout');
	});
});
