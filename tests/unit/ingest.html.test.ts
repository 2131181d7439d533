import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import {
	charsetFromContentType,
	charsetFromMeta,
	dayOf,
	decodeHtml,
	looksLikeHtml,
	parseHtmlArticle
} from '../../src/lib/server/ingest/html';
import { encodeWindows1258, fixture } from '../helpers/news-server';

const parse = (name: string, pageUrl: string | null = null) =>
	parseHtmlArticle(fixture(name), name, pageUrl);

describe('HTML ingestion: the story text', () => {
	it('keeps the story and drops menus, share buttons, captions, the paywall prompt, related links and the footer', () => {
		const a = parse('dong-hanh.html');
		expect(a.clean.split('\n\n')[0]).toBe(
			'Việt Nam - Lào thống nhất hoàn thành tuyến cao tốc trước năm 2028'
		);
		expect(a.clean).toContain(
			'Phía Việt Nam cam kết hỗ trợ Lào đào tạo 300 kỹ sư cầu đường trong giai đoạn 2026 - 2030'
		);
		expect(a.clean).toContain('Bộ trưởng Giao thông hai nước đã ký biên bản ghi nhớ');
		for (const chrome of [
			'Trang chủ',
			'Thể thao',
			'Hotline',
			'Đăng nhập',
			'Zalo',
			'Ảnh: Minh Khôi',
			'gói VIP',
			'Đặt mua báo',
			'Tin liên quan',
			'Khánh thành cầu',
			'Bản quyền',
			'Tòa soạn',
			'dataLayer',
			'display:flex'
		]) {
			expect(a.clean, chrome).not.toContain(chrome);
		}
		// The headline is printed once, although the page has it in <title>, og:title, JSON-LD and <h1>.
		expect(a.clean.match(/thống nhất hoàn thành tuyến cao tốc/g)).toHaveLength(1);
	});

	it('drops a related story that is nothing but a link, and keeps the page HTML as it came', () => {
		const a = parse('khong-the.html');
		expect(a.clean).not.toContain('Trường học vùng cao');
		expect(a.clean).not.toContain('Trang nhất');
		expect(a.html).toBe(fixture('khong-the.html'));
	});

	it('cuts quotes from a stored text: every kept paragraph is an exact slice of raw, and clean is their join', () => {
		for (const name of ['dong-hanh.html', 'me-kong-1258.html', 'khong-the.html', 'lan-xang.html']) {
			const a = parse(name);
			expect(a.blocks.length).toBeGreaterThan(2);
			expect(a.blocks.map((b) => a.raw.slice(b.start, b.end)).join('\n\n')).toBe(a.clean);
			const pledge = 'hai bên nhất trí sẽ khởi công đoạn thứ hai';
			if (name === 'dong-hanh.html')
				expect(a.raw.slice(a.raw.indexOf(pledge), a.raw.indexOf(pledge) + pledge.length)).toBe(
					pledge
				);
		}
	});
});

describe('HTML ingestion: metadata, most trusted source first', () => {
	it('takes title, date, outlet and URL from JSON-LD NewsArticle over the meta tags', () => {
		const a = parse('dong-hanh.html');
		// og:title, article:published_time and og:site_name say otherwise; JSON-LD wins.
		expect(a.title).toBe('Việt Nam - Lào thống nhất hoàn thành tuyến cao tốc trước năm 2028');
		expect(a.published).toBe('2025-11-03');
		expect(a.dateSource).toBe('markup');
		expect(a.provenance).toEqual({
			outlet: 'Báo Đồng Hành',
			outletFrom: 'markup',
			url: 'https://donghanh.example/thoi-su/viet-lao-cao-toc-2028-a1234.html',
			sourceRef: null
		});
		expect(a.language).toBe('vi');
	});

	it('falls back to og:title, article:published_time, og:site_name and rel=canonical', () => {
		const a = parse('me-kong-1258.html');
		expect(a.title).toBe('Hai tỉnh biên giới thống nhất nâng cấp cửa khẩu Lao Bảo - Đensavẳn');
		expect(a.published).toBe('2026-02-14');
		expect(a.provenance.outlet).toBe('Tin Mê Kông');
		expect(a.provenance.url).toBe(
			'https://tinmekong.example/bien-gioi/nang-cap-cua-khau-lao-bao.htm'
		);
	});

	it('without any markup reads the date and outlet from the text, and the URL is where the page was found', () => {
		const a = parse('khong-the.html', 'http://tin.example/giao-duc/hop-tac.html#binh-luan');
		expect(a.title).toBe('Tăng cường hợp tác giáo dục Việt - Lào');
		expect(a.published).toBe('2026-03-05');
		expect(a.dateSource).toBe('text');
		expect(a.provenance).toMatchObject({
			outlet: 'Báo Mới Sáng',
			outletFrom: 'tag',
			url: 'http://tin.example/giao-duc/hop-tac.html'
		});
	});

	it('reads a JSON-LD list past broken JSON-LD, and resolves a relative canonical link against the page', () => {
		const a = parse('lan-xang.html', 'https://lanxang.example/some/where?utm=x');
		expect(a.title).toBe('Laos and Vietnam agree to double rail freight by 2030');
		expect(a.published).toBe('2026-04-21');
		expect(a.provenance).toMatchObject({
			outlet: 'Lan Xang Daily',
			outletFrom: 'markup',
			url: 'https://lanxang.example/business/rail-freight-2030'
		});
		expect(a.language).toBe('en');
		expect(a.clean).not.toMatch(/newsletter|Subscribe|All rights reserved|Somchai/);
	});

	it('takes the publication day as the publisher wrote it, not as UTC', () => {
		expect(dayOf('2025-09-10T06:30:00+07:00')).toBe('2025-09-10');
		expect(dayOf('10/09/2025 06:30')).toBe('2025-09-10');
		expect(dayOf('không rõ')).toBeNull();
	});
});

describe('HTML ingestion: character sets', () => {
	const utf8 = fixture('me-kong-1258.html');
	const legacy = encodeWindows1258(utf8);

	it('decodes a windows-1258 page named by its <meta>, composing the combining tone marks', () => {
		// The encoding really uses combining marks: ệ is not a single byte in windows-1258.
		expect(legacy.length).toBeGreaterThan(Buffer.byteLength(utf8, 'latin1'));
		const d = decodeHtml(legacy, 'text/html');
		expect(d).toMatchObject({ ok: true, charset: 'windows-1258' });
		const a = parseHtmlArticle((d as { html: string }).html, 'me-kong.html');
		expect(a.clean).toBe(parse('me-kong-1258.html').clean);
		expect(a.clean).toContain('Hai tỉnh cũng cam kết rút ngắn thời gian thông quan hàng hóa');
		expect(a.clean).toBe(a.clean.normalize('NFC'));
	});

	it('believes the HTTP header over the page, and guesses windows-1258 for undeclared bytes that are not UTF-8', () => {
		expect(charsetFromContentType('text/html; charset="Windows-1258"')).toBe('windows-1258');
		expect(charsetFromMeta(Buffer.from('<html><head><meta charset="utf-8"></head>'))).toBe('utf-8');
		const withoutMeta = encodeWindows1258(utf8.replace(/<meta http-equiv[^>]*>/, ''));
		expect(decodeHtml(withoutMeta, 'text/html; charset=windows-1258')).toMatchObject({
			ok: true,
			charset: 'windows-1258'
		});
		const guessed = decodeHtml(withoutMeta, null);
		expect(guessed).toMatchObject({ ok: true, charset: 'windows-1258' });
		expect(parseHtmlArticle((guessed as { html: string }).html, 'x').clean).toBe(
			parse('me-kong-1258.html').clean
		);
		expect(
			decodeHtml(Buffer.from(utf8.replace(/<meta http-equiv[^>]*>/, '')), 'text/html')
		).toMatchObject({ ok: true, charset: 'utf-8' });
	});

	it.each(['VISCII', 'tcvn'])(
		'decodes a page in %s, the pre-Unicode Vietnamese standards old sites still serve',
		(charset) => {
			const page = utf8.replace(/<meta http-equiv[^>]*>/, `<meta charset="${charset}">`);
			const bytes = iconv.encode(page, charset);
			// Each precomposed letter is one byte: these are not UTF-8 bytes read another way.
			expect(bytes.length).toBeLessThan(Buffer.byteLength(page, 'utf8'));
			const d = decodeHtml(bytes, 'text/html');
			expect(d).toMatchObject({ ok: true, charset: charset.toLowerCase() });
			const a = parseHtmlArticle((d as { html: string }).html, 'me-kong.html');
			expect(a.clean).toBe(parse('me-kong-1258.html').clean);
			expect(a.clean).toContain('Hai tỉnh cũng cam kết rút ngắn thời gian thông quan hàng hóa');
		}
	);

	it('says so when a page names a character set that cannot be decoded', () => {
		expect(decodeHtml(Buffer.from('<meta charset="x-vni-fantasy"><p>x</p>'))).toEqual({
			ok: false,
			reason: 'the page is in the character set “x-vni-fantasy”, which cannot be decoded here'
		});
		expect(decodeHtml(new Uint8Array())).toEqual({ ok: false, reason: 'the page is empty' });
	});

	it('tells a saved page from a text article', () => {
		expect(looksLikeHtml('bai.htm', Buffer.from('x'))).toBe(true);
		expect(looksLikeHtml('bai.txt', Buffer.from('\uFEFF  <!DOCTYPE html><html>'))).toBe(true);
		expect(looksLikeHtml('bai.txt', Buffer.from(' date 2026-01-01 Tin <b>đậm</b>'))).toBe(false);
	});
});
