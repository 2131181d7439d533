import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { statusDefinition } from '../../src/lib/server/track/status';
import { logIn, postForm } from './editor-server';
import { expectFitsAndAccessible, fillLogin, useApp, visit } from './helpers/app';
import { DESKTOP, PHONE } from './helpers/browser';

/**
 * The editor area in the site's default language, Vietnamese: labels, the login errors and an
 * edit conflict (messages the server writes) come back in Vietnamese, and the language switch
 * turns the same pages into English.
 */
describe('editor pages in Vietnamese', () => {
	const s = useApp();
	let page: Page;
	let itemId: string;

	beforeAll(async () => {
		page = await s.newPage();
	});
	/** A form post as a browser reading the site in `locale` sends it (postForm always reads English). */
	const postIn = (
		locale: string,
		pathname: string,
		fields: Record<string, string>,
		cookie: string
	) =>
		fetch(s.base + pathname, {
			method: 'POST',
			body: new URLSearchParams(fields),
			headers: {
				origin: s.base,
				accept: 'text/html',
				cookie: `${cookie}; PARAGLIDE_LOCALE=${locale}`
			}
		});

	it('logs in through a Vietnamese form, which says in Vietnamese when the password is wrong', async () => {
		await visit(page, '/editor');
		await page.waitForURL(/\/login\?next=%2Feditor/);
		expect(await page.locator('html').getAttribute('lang')).toBe('vi');
		expect(await page.locator('h1').textContent()).toBe('Đăng nhập biên tập');
		const vietnamese = { password: 'Mật khẩu', button: 'Đăng nhập' };
		await fillLogin(page, { email: s.email, password: 'not-the-password-2026' }, vietnamese);
		await page.getByText('Sai email hoặc mật khẩu.').waitFor();
		await fillLogin(page, s, vietnamese);
		await page.waitForURL(`${s.base}/editor`);
		expect(await page.locator('h1').textContent()).toBe('Hàng chờ duyệt');
		expect(await page.getByRole('link', { name: /^Thay đổi trạng thái \(\d+\)$/ }).count()).toBe(1);
	});

	it('shows an item’s form, status names and an edit conflict in Vietnamese', async () => {
		await page.goto('/editor/items');
		itemId = /\/editor\/items\/(\d+)/.exec(
			(await page.locator('table a[href^="/editor/items/"]').first().getAttribute('href'))!
		)![1]!;
		await visit(page, `/editor/items/${itemId}`);
		const form = page.locator('form[action="?/edit"]');
		await expect(form.getByRole('button', { name: 'Lưu các trường' }).count()).resolves.toBe(1);
		const options = await page
			.locator('form[action="?/status"] select[name="toStatus"] option')
			.allTextContents();
		expect(options.some((o) => o.startsWith(statusDefinition('achieved').label.vi))).toBe(true);

		// Another editor saves first, from another session, while this form is open.
		const other = await logIn(s);
		const version = await form.locator('input[name="version"]').inputValue();
		const theirs = await postForm(
			s.base,
			`/editor/items/${itemId}?/edit`,
			{
				version,
				title: 'Tiêu đề do người khác lưu trước',
				titleEn: '',
				targetValue: '',
				targetValueMax: '',
				unit: '',
				targetYear: '',
				deadline: '',
				sector: 'other',
				publicNote: ''
			},
			{ cookie: other }
		);
		expect(theirs.status).toBe(303);

		// Shown and typed day/month/year, as Vietnamese is written.
		await form.getByLabel('Thời hạn (ngày/tháng/năm)').fill('31/12/2029');
		await form.getByRole('button', { name: 'Lưu các trường' }).click();
		await page.getByRole('heading', { name: 'Người khác đã lưu mục này trước bạn' }).waitFor();
		await page.getByText('Người khác đã lưu mục này sau khi bạn mở trang').waitFor();
		await expect(
			page
				.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi lên phiên bản mới hơn' })
				.count()
		).resolves.toBe(1);
	});

	it('says in Vietnamese, naming the field, why a status change was refused', async () => {
		await visit(page, `/editor/items/${itemId}`);
		const form = page.locator('form[action="?/status"]');
		const problem = page.locator('section', { has: form }).locator('p.problem');
		// Waits for this refusal (the previous one stays on screen until the answer arrives), then reads it whole.
		const refusal = async (text: string) => {
			await problem.filter({ hasText: text }).waitFor();
			return problem.innerText();
		};
		await form.getByLabel('Lý do').fill('Công trường đã khởi công vào tháng Năm.');
		// No thirteenth month: refused, saying how a day is written here.
		await form.getByLabel('Có hiệu lực từ ngày').fill('31/13/2029');
		await form.getByRole('button', { name: 'Đổi trạng thái' }).click();
		expect(await refusal('Hãy ghi ngày')).toBe(
			'Có hiệu lực từ ngày: Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2029.'
		);

		// The date fixed, nothing yet backs the change: no quote, no link, no note.
		await form.getByLabel('Có hiệu lực từ ngày').fill('31/12/2029');
		await form.getByRole('button', { name: 'Đổi trạng thái' }).click();
		expect(await refusal('Hãy đưa bằng chứng')).toBe(
			'Bằng chứng: Hãy đưa bằng chứng: chọn một trích dẫn, dán một đường liên kết hoặc viết ghi chú.'
		);
		// What was typed is still there to correct.
		await expect(form.getByLabel('Lý do').inputValue()).resolves.toBe(
			'Công trường đã khởi công vào tháng Năm.'
		);
	});

	it('refuses an editor the admin page in Vietnamese, naming the role it needs', async () => {
		const res = await page.goto('/admin');
		expect(res?.status()).toBe(403);
		expect(await page.locator('h1').innerText()).toBe('Bạn không có quyền ở đây.');
		await page.getByText('Việc này cần vai trò quản trị viên.').waitFor();
	});

	it('words zod’s own refusals in the reader’s language too', async () => {
		const cookie = await logIn(s);
		const version = /name="version" value="(\d+)"/.exec(
			await (await fetch(`${s.base}/editor/items/${itemId}`, { headers: { cookie } })).text()
		)![1]!;
		const fields = {
			version,
			title: 'Tiêu đề thử',
			titleEn: '',
			targetValue: '',
			targetValueMax: '',
			unit: '',
			targetYear: 'năm sau',
			deadline: '',
			sector: 'other',
			publicNote: ''
		};
		const post = (locale: string) =>
			postIn(locale, `/editor/items/${itemId}?/edit`, fields, cookie);
		const vi = await post('vi');
		expect(vi.status).toBe(400);
		expect(await vi.text()).toMatch(/Năm mục tiêu: Đầu vào không hợp lệ/);
		const en = await post('en');
		expect(en.status).toBe(400);
		expect(await en.text()).toMatch(/Target year: Invalid input/);
	});

	it('says in the reader’s language why a new password is too weak', async () => {
		const cookie = await logIn(s);
		const fields = {
			current: s.password,
			password: 'aaaaaaaaaaaaaaaa',
			confirm: 'aaaaaaaaaaaaaaaa'
		};
		const post = (locale: string) => postIn(locale, '/editor/account?/password', fields, cookie);
		const vi = await post('vi');
		expect(vi.status).toBe(400);
		expect(await vi.text()).toContain('Mật khẩu mới quá yếu: hãy dùng nhiều ký tự khác nhau hơn.');
		const en = await post('en');
		expect(en.status).toBe(400);
		expect(await en.text()).toContain('New password too weak: use more different characters.');
	});

	for (const viewport of [DESKTOP, PHONE]) {
		it(`Vietnamese editor pages at ${viewport.width} px: no sideways scroll, no serious axe finding`, async () => {
			const p = await s.newPage({ viewport, editor: true });
			const paths = {
				'vi-editor-queue': '/editor?kind=status',
				'vi-editor-item': `/editor/items/${itemId}`,
				'vi-editor-items': '/editor/items',
				'vi-editor-import': '/editor/import',
				'vi-editor-audit': '/editor/audit',
				'vi-editor-account': '/editor/account',
				'vi-corrections': '/corrections'
			};
			for (const [name, path] of Object.entries(paths)) {
				expect((await p.goto(path))?.status(), path).toBe(200);
				await expectFitsAndAccessible(p, name);
			}
		});
	}

	it('switches the editor area to English and remembers it', async () => {
		await page.goto('/editor');
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(`${s.base}/editor`);
		expect(await page.locator('h1').textContent()).toBe('Review queue');
		await page.goto('/editor/import');
		expect(await page.locator('h1').textContent()).toBe('Import articles');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
	});
});
