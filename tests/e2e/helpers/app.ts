/**
 * The browser tests' plumbing, once: a file calls `useApp()` inside its `describe` and gets the
 * built app on a fresh database (PGlite in a temp folder, or a new PostgreSQL database when
 * TEST_DATABASE_URL is set) with a demo editor, one Chromium for the whole file, and pages that
 * come ready: viewport, language, the editor's session, and a record of the script errors they
 * met. Pages opened inside a test are closed after it; everything else goes at the end of the file.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, screenshot, seriousA11yViolations } from './browser';
import { logIn, startDemoServer, type EditorServer } from '../editor-server';

export interface PageOptions {
	viewport?: { width: number; height: number };
	/** The reader's language cookie; without it the site speaks Vietnamese. */
	locale?: 'en' | 'vi';
	/** Carry the demo editor's session (one login per file, shared by these pages). */
	editor?: boolean;
	javaScript?: boolean;
	/** The address the browser reaches the app by, when not the server's own (127.0.0.1, another name). */
	origin?: string;
}

export interface App extends Pick<
	EditorServer,
	'base' | 'email' | 'password' | 'database' | 'output'
> {
	browser: Browser;
	/** The demo editor's session cookie (`camket_session=…`), logged in over HTTP once per file. */
	editorCookie(): Promise<string>;
	/** A page in a context of its own; relative paths in `goto` resolve against the app. */
	newPage(options?: PageOptions): Promise<Page>;
	/** Uncaught script errors and console errors the page has met so far. */
	errors(page: Page): string[];
}

/** Registers the hooks that start and stop everything; the returned object is usable from `beforeAll` on. */
export function useApp(
	options: {
		browserArgs?: string[];
		/** An admin account to make before the server starts (the demo account is an editor). */
		admin?: { email: string; password: string };
	} = {}
): App {
	let server: EditorServer | undefined;
	let browser: Browser | undefined;
	let cookie: Promise<string> | undefined;
	let inTest = false;
	const forTest = new Set<BrowserContext>();
	const errors = new WeakMap<Page, string[]>();
	const started = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`useApp: ${what} is used before beforeAll ran`);
		return value;
	};

	beforeAll(async () => {
		// Both at once: Chromium starts while the server builds, migrates and imports the seeds.
		[server, browser] = await Promise.all([
			startDemoServer(options.admin),
			launchBrowser(options.browserArgs)
		]);
	}, 300_000);
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});
	beforeEach(() => {
		inTest = true;
	});
	afterEach(async () => {
		inTest = false;
		await Promise.all([...forTest].map((c) => c.close()));
		forTest.clear();
	});

	const app = {
		get base() {
			return started(server, 'the server').base;
		},
		get email() {
			return started(server, 'the server').email;
		},
		get password() {
			return started(server, 'the server').password;
		},
		get database() {
			return started(server, 'the server').database;
		},
		output: () => started(server, 'the server').output(),
		get browser() {
			return started(browser, 'the browser');
		},
		editorCookie() {
			cookie ??= logIn(app);
			return cookie;
		},
		async newPage(o: PageOptions = {}): Promise<Page> {
			const url = o.origin ?? app.base;
			const context = await app.browser.newContext({
				baseURL: url,
				...(o.viewport && { viewport: o.viewport }),
				...(o.javaScript === false && { javaScriptEnabled: false })
			});
			if (inTest) forTest.add(context);
			const cookies = [];
			if (o.locale) cookies.push({ name: 'PARAGLIDE_LOCALE', value: o.locale, url });
			if (o.editor) {
				const [name, value] = (await app.editorCookie()).split('=') as [string, string];
				cookies.push({ name, value, url });
			}
			if (cookies.length) await context.addCookies(cookies);
			const page = await context.newPage();
			const seen: string[] = [];
			errors.set(page, seen);
			page.on('pageerror', (e) => seen.push(e.message));
			page.on('console', (m) => {
				if (m.type() === 'error') seen.push(`console: ${m.text()}`);
			});
			return page;
		},
		errors: (page: Page) => errors.get(page) ?? []
	};
	return app;
}

/**
 * Goes to `path` and waits until the page's scripts are in: typing into a field before
 * hydration can be undone by it on a busy machine, and the form then sends what it had.
 */
export async function visit(page: Page, path: string): Promise<Response | null> {
	const response = await page.goto(path);
	await page.waitForLoadState('networkidle');
	return response;
}

/** Logs in through the login form the page is on, in the page's language. */
export async function fillLogin(
	page: Page,
	who: { email: string; password: string },
	words = { password: 'Password', button: 'Log in' }
): Promise<void> {
	await page.getByLabel('Email').fill(who.email);
	await page.getByLabel(words.password).fill(who.password);
	await page.getByRole('button', { name: words.button }).click();
}

/** The checks every page gets at every width: nothing wider than the screen, a screenshot, no serious axe finding. */
export async function expectFitsAndAccessible(page: Page, name: string): Promise<void> {
	const { pathname, search } = new URL(page.url());
	const where = pathname + search;
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
	await screenshot(page, name);
	expect(await seriousA11yViolations(page), where).toEqual([]);
}
