import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusDefinition } from '../../src/lib/server/track/status';
import { importThroughServer, logIn, startDemoServer, type EditorServer } from './editor-server';
import {
	DESKTOP,
	launchBrowser,
	PHONE,
	screenshot,
	seriousA11yViolations
} from './helpers/browser';

/**
 * An editor's day in real Chromium against the built server: log in, accept what the engine
 * proposed, record a status change with evidence, and see it where readers look.
 */
describe('editor workflow in the browser', () => {
	let s: EditorServer;
	let browser: Browser;
	let page: Page;
	let itemId: string;
	const reason = 'Test run: the linked report says construction of the first section began.';
	// A later report of our own: the seeds only announce the expressway, so this sentence is what
	// makes the engine propose a status change for an editor to accept.
	const LATER_REPORT = ` date 2026-03-15 Khởi công đoạn đầu cao tốc Hà Nội - Viêng Chăn

Dự án cao tốc Hà Nội - Viêng Chăn đã được khởi công tại tỉnh Bolikhamxay, đại diện chủ đầu tư cho biết trong buổi họp báo sáng nay.
`;

	beforeAll(async () => {
		s = await startDemoServer();
		await importThroughServer(s, await logIn(s), 'later-report.txt', LATER_REPORT);
		browser = await launchBrowser();
		// This walk-through reads the editor pages in English; editor-i18n.test.ts reads them in Vietnamese.
		const context = await browser.newContext();
		await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: s.base }]);
		page = await context.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await s?.stop();
	});

	it('logs in and lands on the review queue', async () => {
		await page.goto(`${s.base}/editor`);
		await page.waitForLoadState('networkidle');
		await page.waitForURL(/\/login\?next=%2Feditor/);
		await page.getByLabel('Email').fill(s.email);
		await page.getByLabel('Password').fill(s.password);
		await page.getByRole('button', { name: 'Log in' }).click();
		await page.waitForURL(`${s.base}/editor`);
		await expect(page.getByRole('heading', { name: 'Review queue' }).isVisible()).resolves.toBe(
			true
		);
	});

	it('accepts a status proposal with its quote as evidence', async () => {
		await page.getByRole('link', { name: /^Status change \(\d+\)$/ }).click();
		await page.waitForURL(/\/editor\?kind=status$/);
		expect(await page.locator('article.proposal', { hasText: 'New item' }).count()).toBe(0);
		const card = page.locator('article.proposal', { hasText: 'Status change' }).first();
		const href = await card.locator('h2 a').getAttribute('href');
		itemId = /\/editor\/items\/(\d+)/.exec(href!)![1]!;
		const proposalId = (await card.getAttribute('id'))!;
		await card.getByRole('button', { name: 'Accept' }).click();
		await page.getByText(`Saved: proposal #${proposalId.slice(1)} accepted`).waitFor();
		expect(await page.locator(`#${proposalId}`).count()).toBe(0);
		expect(page.url()).toContain('kind=status');
		await screenshot(page, 'editor-queue');
	});

	it('changes the status with a reason and evidence', async () => {
		await page.goto(`${s.base}/editor/items/${itemId}`);
		await page.waitForLoadState('networkidle');
		const form = page.locator('form[action="?/status"]');
		await form.getByLabel('New status').selectOption('achieved');
		await form.getByLabel('Reason').fill(reason);
		await form.locator('input[name="evidenceMentionId"]').nth(1).check();
		await form.getByLabel('Link to a source').fill('https://example.org/expressway-groundbreaking');
		await form.getByRole('button', { name: 'Change status' }).click();
		await page.getByText('Saved (status)').waitFor();
		await screenshot(page, 'editor-item');
		const audit = await page.locator('table.audit').last().innerText();
		expect(audit).toContain('status.change');
		expect(audit).toContain('status.accept_proposal');
	});

	it('shows the change on the public page, in its history and in the Atom feeds', async () => {
		const labels = [statusDefinition('achieved').label.vi, statusDefinition('achieved').label.en];
		const reader = await browser.newPage();
		await reader.goto(`${s.base}/commitments/${itemId}`);
		const text = await reader.locator('main').innerText();
		expect(labels.some((l) => text.includes(l))).toBe(true);
		expect(text).toContain(reason);
		expect(
			await reader.locator('a[href="https://example.org/expressway-groundbreaking"]').count()
		).toBeGreaterThan(0);
		await reader.close();

		for (const feed of ['/feed.xml', `/commitments/${itemId}/feed.xml`]) {
			const xml = await (await fetch(s.base + feed)).text();
			expect(xml, feed).toContain(reason);
		}
	});
	it('a session that ends while a form is open loses nothing: log in again in another tab and resubmit', async () => {
		await page.goto(`${s.base}/editor/items/${itemId}`);
		await page.waitForLoadState('networkidle');
		const form = page.locator('form[action="?/edit"]');
		await form.getByLabel('Deadline (YYYY-MM-DD)').fill('2027-06-30');
		await form
			.getByLabel('Public note for the corrections log')
			.fill('Deadline added from the ministry notice.');

		// The session ends elsewhere (logout in another tab deletes it on the server).
		const other = await page.context().newPage();
		await other.goto(`${s.base}/logout`);
		await other.getByRole('button', { name: 'Log out' }).click();
		// Logging out says so on its own page.
		await other.waitForURL(`${s.base}/logout?done=1`);

		await form.getByRole('button', { name: 'Save fields' }).click();
		await page.getByText('Your session has expired or was ended, so nothing was saved').waitFor();
		expect(await form.getByLabel('Deadline (YYYY-MM-DD)').inputValue()).toBe('2027-06-30');

		await other.goto(`${s.base}/login`);
		await other.waitForLoadState('networkidle');
		await other.getByLabel('Email').fill(s.email);
		await other.getByLabel('Password').fill(s.password);
		await other.getByRole('button', { name: 'Log in' }).click();
		await other.waitForURL(`${s.base}/editor`);
		await other.close();

		await form.getByRole('button', { name: 'Save fields' }).click();
		await page.getByText('Saved (fields)').waitFor();
		expect(
			await page.locator('form[action="?/edit"]').getByLabel('Deadline (YYYY-MM-DD)').inputValue()
		).toBe('2027-06-30');
		const corrections = await (await fetch(`${s.base}/corrections`)).text();
		expect(corrections).toContain('Deadline added from the ministry notice.');
	});

	for (const viewport of [DESKTOP, PHONE]) {
		it(`editor pages at ${viewport.width} px: no sideways scroll, no serious axe finding`, async () => {
			const context = await browser.newContext({ viewport });
			await context.addCookies(await page.context().cookies());
			const p = await context.newPage();
			const paths = {
				'editor-queue': '/editor?kind=status',
				'editor-item': `/editor/items/${itemId}`,
				'editor-items': '/editor/items',
				'editor-import': '/editor/import',
				'editor-audit': '/editor/audit',
				'editor-account': '/editor/account',
				corrections: '/corrections'
			};
			for (const [name, path] of Object.entries(paths)) {
				expect((await p.goto(s.base + path))?.status(), path).toBe(200);
				const overflow = await p.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth
				);
				expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
				await screenshot(p, name);
				expect(await seriousA11yViolations(p), path).toEqual([]);
			}
			await context.close();
			const anonymous = await browser.newPage({ viewport });
			await anonymous
				.context()
				.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: s.base }]);
			expect((await anonymous.goto(`${s.base}/login?next=%2Feditor&expired=1`))?.status()).toBe(
				200
			);
			await screenshot(anonymous, 'login');
			expect(await seriousA11yViolations(anonymous)).toEqual([]);
			await anonymous.close();
		});
	}
});
