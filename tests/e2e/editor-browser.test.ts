import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { statusDefinition } from '../../src/lib/server/track/status';
import { formatDate } from '../../src/lib/format';
import { today } from '../../src/lib/as-of';
import { importThroughServer } from './editor-server';
import { expectFitsAndAccessible, fillLogin, useApp, visit } from './helpers/app';
import { DESKTOP, PHONE, screenshot } from './helpers/browser';

/**
 * An editor's day in real Chromium against the built server: log in, accept what the engine
 * proposed, record a status change with evidence, and see it where readers look.
 */
describe('editor workflow in the browser', () => {
	const s = useApp();
	let page: Page;
	let itemId: string;
	/** The publication day of the quote given as evidence, as the editor page shows it. */
	let evidenceDay: string;
	const reason = 'Test run: the linked report says construction of the first section began.';
	// A later report of our own: the seeds only announce the expressway, so this sentence is what
	// makes the engine propose a status change for an editor to accept.
	const LATER_REPORT = ` date 2026-03-15 Khởi công đoạn đầu cao tốc Hà Nội - Viêng Chăn

Dự án cao tốc Hà Nội - Viêng Chăn đã được khởi công tại tỉnh Bolikhamxay, đại diện chủ đầu tư cho biết trong buổi họp báo sáng nay.
`;

	beforeAll(async () => {
		await importThroughServer(s, await s.editorCookie(), 'later-report.txt', LATER_REPORT);
		// This walk-through reads the editor pages in English; editor-i18n.test.ts reads them in Vietnamese.
		page = await s.newPage({ locale: 'en' });
	});

	it('logs in and lands on the review queue', async () => {
		await visit(page, '/editor');
		await page.waitForURL(/\/login\?next=%2Feditor/);
		await fillLogin(page, s);
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
		// No jargon: the cues are the article's words with their marks, not the engine's codes
		// ("vi:khoi-cong"), and marked as Vietnamese inside the English line.
		const cues = card.locator('p', { hasText: 'cues:' });
		expect(await cues.innerText()).not.toMatch(/\b(?:vi|en):|[a-z]-[a-z]/);
		const cueWords = await cues.locator('[lang="vi"]').allInnerTexts();
		expect(cueWords.length).toBeGreaterThan(0);
		expect(cueWords.join(' ')).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
		await card.getByRole('button', { name: 'Accept' }).click();
		await page.getByText(`proposal #${proposalId.slice(1)} accepted`).waitFor();
		expect(await page.locator(`#${proposalId}`).count()).toBe(0);
		expect(page.url()).toContain('kind=status');
		await screenshot(page, 'editor-queue');
	});

	it('changes the status with a reason and evidence', async () => {
		await visit(page, `/editor/items/${itemId}`);
		const form = page.locator('form[action="?/status"]');
		await form.getByLabel('New status').selectOption('achieved');
		await form.getByLabel('Reason').fill(reason);
		const quote = form.locator('input[name="evidenceMentionId"]').nth(1);
		await quote.check();
		// "Took effect on" is left empty: the change takes the evidence article's day, not today's.
		evidenceDay = /\(([^()]+)\)\s*$/.exec(
			await quote.locator('xpath=ancestor::label').innerText()
		)![1]!;
		expect(evidenceDay).not.toBe(formatDate(today(), 'en'));
		await form.getByLabel('Link to a source').fill('https://example.org/expressway-groundbreaking');
		await form.getByRole('button', { name: 'Change status' }).click();
		await page.getByText('Saved (status)').waitFor();
		await screenshot(page, 'editor-item');
		const audit = await page.locator('table.audit').last().innerText();
		// Actions read as words in the editor's language, not as the log's keys.
		expect(audit).toContain('Status changed from a proposal');
		expect(audit).toContain('Status changed');
		expect(audit).not.toContain('status.change');
		// Changed fields are named and valued in words: no raw keys, codes or JSON.
		expect(audit).toMatch(/Status: [A-Z][a-z ]+ → Achieved/);
		expect(audit).toContain(`Reason: — → ${reason}`);
		expect(audit).not.toMatch(/[{}]|toStatus|evidenceMentionId|\bachieved\b|in_progress/);
	});

	it('shows the change on the public page, in its history and in the Atom feeds', async () => {
		const labels = [statusDefinition('achieved').label.vi, statusDefinition('achieved').label.en];
		const reader = await s.newPage();
		await reader.goto(`/commitments/${itemId}`);
		const text = await reader.locator('main').innerText();
		expect(labels.some((l) => text.includes(l))).toBe(true);
		expect(text).toContain(reason);
		// The change is dated the day its evidence was published (the editor left the date empty).
		const english = await s.newPage({ locale: 'en' });
		await english.goto(`/commitments/${itemId}`);
		const event = english.locator('li.status', { hasText: reason });
		expect(await event.locator('.when time').innerText()).toBe(evidenceDay);
		expect(
			await reader.locator('a[href="https://example.org/expressway-groundbreaking"]').count()
		).toBeGreaterThan(0);

		for (const feed of ['/feed.xml', `/commitments/${itemId}/feed.xml`]) {
			const xml = await (await fetch(s.base + feed)).text();
			expect(xml, feed).toContain(reason);
		}

		// Statuses have moved: the overview's status chart gives each status its share of the items.
		await visit(english, '/');
		const bars = await english
			.locator('section[aria-labelledby="by-status"] ul.counts li')
			.allInnerTexts();
		expect(bars.length).toBeGreaterThan(1);
		const shares = bars.map((b) => {
			const m = /: (\d+) \((\d+(?:\.\d)?)%\)$/.exec(b.trim());
			expect(m, b).not.toBeNull();
			return Number(m![2]);
		});
		expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(0.5);
		await screenshot(english, 'overview-status-shares-en');
	});
	it('a session that ends while a form is open loses nothing: log in again in another tab and resubmit', async () => {
		await visit(page, `/editor/items/${itemId}`);
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

		await visit(other, '/login');
		await fillLogin(other, s);
		await other.waitForURL(`${s.base}/editor`);
		await other.close();

		await form.getByRole('button', { name: 'Save fields' }).click();
		await page.getByText('Saved (fields)').waitFor();
		expect(
			await page.locator('form[action="?/edit"]').getByLabel('Deadline (YYYY-MM-DD)').inputValue()
		).toBe('2027-06-30');
		const corrections = await (await fetch(`${s.base}/corrections`)).text();
		expect(corrections).toContain('Deadline added from the ministry notice.');
		// The item's log keeps the editor's words apart from the system's line, each in its language.
		const row = page.locator('table.audit tr', { hasText: 'Public note, as typed' }).first();
		expect(
			await row
				.locator('[lang]', { hasText: 'Deadline added from the ministry notice.' })
				.getAttribute('lang')
		).toBe('en');
		expect(await row.innerText()).toContain(
			'Line on the corrections page: Corrected Deadline: “—” → “30 Jun 2027”.'
		);
		// The changed field in the editor's words: its label and the day as the page writes days.
		expect(await row.innerText()).toContain('Deadline: — → 30 Jun 2027');
	});

	for (const viewport of [DESKTOP, PHONE]) {
		it(`editor pages at ${viewport.width} px: no sideways scroll, no serious axe finding`, async () => {
			const p = await s.newPage({ viewport, locale: 'en', editor: true });
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
				expect((await p.goto(path))?.status(), path).toBe(200);
				await expectFitsAndAccessible(p, name);
			}
			const anonymous = await s.newPage({ viewport, locale: 'en' });
			expect((await anonymous.goto('/login?next=%2Feditor&expired=1'))?.status()).toBe(200);
			await expectFitsAndAccessible(anonymous, 'login');
		});
	}
});
