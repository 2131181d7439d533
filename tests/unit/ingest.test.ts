import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/server/ingest/parse';
import { cleanToRaw, rawToClean } from '../../src/lib/server/ingest/clean';
import { decodeArticle } from '../../src/lib/server/ingest/read';
import { dateFromText, detectLanguage } from '../../src/lib/server/ingest/metadata';

const SEEDS = path.resolve('seeds');
const seed = (prefix: string) => {
	const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
	return parseArticle(readFileSync(path.join(SEEDS, name), 'utf8'), name);
};

describe('seed articles', () => {
	it('reads the header date when there is one', () => {
		expect(seed('000').published).toBe('2026-01-26');
		expect(seed('000').dateSource).toBe('header');
		expect(seed('001').published).toBe('2025-12-03');
		expect(seed('002').published).toBe('2026-01-23');
	});

	it('finds the date in the text when the header is missing, and leaves it null when it cannot', () => {
		// 004 names the visit days, 9 and 10/1/2025; nothing later.
		expect(seed('004').published).toBe('2025-01-10');
		expect(seed('004').dateSource).toBe('text');
		// 003 says only "Chiều 8/11": no year, so no date; the related-story dates must not leak in.
		expect(seed('003').published).toBeNull();
		expect(seed('003').dateSource).toBe('none');
	});

	it('uses a real headline for the title and replaces chrome titles', () => {
		expect(seed('000').title).toMatch(
			/^Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào nhất trí/
		);
		expect(seed('001').title).toBe(
			'Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào'
		);
		expect(seed('002').title).not.toMatch(/VTC News/);
		expect(seed('002').title).toMatch(/^Theo thông cáo của Bộ Ngoại giao/);
		expect(seed('003').title).toBe('Việt Nam-Lào quyết tâm chung sức, đồng lòng, kề vai sát cánh');
	});

	it('detects Vietnamese', () => {
		for (const p of ['000', '001', '002', '003', '004']) expect(seed(p).language).toBe('vi');
	});

	it('strips the menu, hotline, paywall and related stories from 001 but keeps the story', () => {
		const { clean } = seed('001');
		for (const chrome of [
			'HOTLINE',
			'Đăng nhập',
			'xem thêm',
			'Thanh toán',
			'VIP',
			'Zalopay',
			'Tin liên quan',
			'Bước 1',
			'Công viên Hữu nghị Lào-Việt Nam ở Vientiane'
		]) {
			expect(clean).not.toContain(chrome);
		}
		expect(clean).toContain('hướng tới mốc 10 tỉ USD');
		expect(clean).toContain('dự án đường cao tốc Hà Nội-Vientiane');
		expect(clean.startsWith('Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam')).toBe(true);
		expect(clean.length).toBeLessThan(
			readFileSync(path.join(SEEDS, '001_73471ccb4a1099fa.txt'), 'utf8').length * 0.7
		);
	});

	it('drops photo captions and lines printed twice, and related stories in 003', () => {
		const { clean } = seed('003');
		expect(clean).not.toContain('Quang cảnh cuộc hội đàm trực tuyến');
		expect(clean).not.toContain('Có thể bạn quan tâm');
		expect(clean).not.toContain('Pác Bó');
		expect(clean).toContain('Kỳ họp 47 Ủy ban Liên Chính phủ');
		expect(seed('004').clean).not.toContain('(Ảnh:');
		expect(seed('000').clean).not.toContain('Ảnh: Như Ý');
	});

	it('keeps every block an exact slice of the raw text and maps offsets both ways', () => {
		for (const p of ['000', '001', '002', '003', '004']) {
			const a = seed(p);
			expect(a.clean).toBe(a.blocks.map((b) => a.raw.slice(b.start, b.end)).join('\n\n'));
			let cleanStart = 0;
			for (const b of a.blocks) {
				expect(cleanToRaw(a.blocks, cleanStart)).toBe(b.start);
				expect(rawToClean(a.blocks, b.start)).toBe(cleanStart);
				cleanStart += b.end - b.start + 2;
			}
			const needle = 'kim ngạch';
			const at = a.clean.indexOf(needle);
			if (at >= 0)
				expect(
					a.raw.slice(cleanToRaw(a.blocks, at), cleanToRaw(a.blocks, at) + needle.length)
				).toBe(needle);
		}
	});

	it('hashes a reprint with other white space and chrome the same', () => {
		const original = seed('000');
		const reprint = parseArticle(
			original.raw.replace(/\n\n/g, '\n\n\n').replace(/ date 2026-01-26 /, ' date 2026-01-26 '),
			'copy.txt'
		);
		expect(reprint.contentHash).toBe(original.contentHash);
	});
});

describe('metadata rules on our own sentences', () => {
	it('prefers a dateline over other dates', () => {
		expect(
			dateFromText('Thứ Ba, 14/05/2024 09:30\nHai bên nhắc lại Hiệp định ký ngày 3/2/2019.')
		).toBe('2024-05-14');
		expect(dateFromText('Hanoi, March 3, 2023 — The ministers met again.')).toBe('2023-03-03');
		expect(dateFromText('Sáng 8/11, hai bên hội đàm.')).toBeNull();
		expect(dateFromText('Hạn chót là 31/2/2024.')).toBeNull();
		// An undated story that names a planned groundbreaking is dated by what has happened, not by the plan.
		expect(
			dateFromText(
				'Lễ ký diễn ra ngày 2/2/2026 tại Viêng Chăn. Hai bên dự kiến khởi công nhà máy vào ngày 15/3/2030.',
				'2026-12-02'
			)
		).toBe('2026-02-02');
		expect(dateFromText('Hai bên hẹn hoàn thành trước ngày 31/12/2027.', '2026-12-02')).toBeNull();
	});

	it('tells English from Vietnamese, with or without diacritics', () => {
		expect(
			detectLanguage('The two ministers agreed to raise trade to 5 billion USD by 2025.')
		).toBe('en');
		expect(detectLanguage('Hai nước sẽ nâng kim ngạch lên 5 tỷ USD.')).toBe('vi');
		expect(
			detectLanguage(
				'Hai nuoc se nang kim ngach thuong mai cua hai ben len 5 ty USD trong nam nay va cac nam toi.'
			)
		).toBe('vi');
	});
});

describe('bad input', () => {
	const bytes = (s: string) => new TextEncoder().encode(s);
	it('explains each kind of unreadable file', () => {
		expect(decodeArticle(new Uint8Array())).toEqual({ ok: false, reason: 'the file is empty' });
		expect(decodeArticle(bytes('   \n\n '))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('white space')
		});
		expect(decodeArticle(new Uint8Array([0x48, 0x69, 0xc3, 0x28]))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('UTF-8')
		});
		expect(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('binary')
		});
		expect(decodeArticle(new Uint8Array(6 * 1024 * 1024).fill(0x61))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('6.0 MB')
		});
		expect(decodeArticle(bytes('Hai bên nhất trí.'))).toEqual({
			ok: true,
			text: 'Hai bên nhất trí.'
		});
	});
});
