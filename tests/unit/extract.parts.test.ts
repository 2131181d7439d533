import { describe, expect, it } from 'vitest';
import { fold, slugify } from '../../src/lib/server/extract/fold';
import { findAmounts, scaleDecimal, splitNumber } from '../../src/lib/server/extract/numbers';
import { findTargetYear } from '../../src/lib/server/extract/years';
import { segmentBlock } from '../../src/lib/server/extract/segment';
import { findEntities } from '../../src/lib/server/extract/entities';
import { ENTITY_REGISTRY } from '../../src/lib/server/extract/registry';

const f = (s: string): string => fold(s).text;
const amounts = (s: string, style: 'vi' | 'en' = 'vi'): string[] =>
	findAmounts(f(s), style).map((a) => `${a.value}${a.max ? `..${a.max}` : ''} ${a.unit}`);
const sentences = (s: string): string[] => segmentBlock(f(s)).map((x) => s.slice(x.start, x.end));
const slugs = (s: string): string[] => findEntities(f(s)).map((e) => e.slug);

describe('fold', () => {
	it('strips diacritics and keeps one folded unit per raw unit', () => {
		const raw = 'Đường sắt Viêng Chăn – Vũng Áng, hoà/hòa, “tỉ”';
		const out = fold(raw);
		expect(out.text).toBe('Duong sat Vieng Chan - Vung Ang, hoa/hoa, "ti"');
		expect(out.text.length).toBe(raw.length);
		expect(out.toRaw(9)).toBe(9);
	});

	it('maps decomposed text back to raw offsets', () => {
		const raw = 'đa\u0323t 5 ty\u0309 USD';
		const out = fold(raw);
		expect(out.text).toBe('dat 5 ty USD');
		const at = out.text.indexOf('ty');
		expect(raw.slice(out.toRaw(at), out.toRaw(at + 2))).toBe('ty\u0309');
		expect(out.toRaw(out.text.length)).toBe(raw.length);
	});

	it('folds the eth letter some sites type for Đ', () => {
		expect(f('hai Ðảng')).toBe('hai Dang');
	});

	it('makes slugs from folded names', () => {
		expect(slugify('Hà Nội – Viêng Chăn')).toBe('ha-noi-vieng-chan');
	});
});

describe('numbers', () => {
	it('reads Vietnamese and English separators', () => {
		expect(splitNumber('1,64', 'vi')).toEqual({ int: '1', frac: '64' });
		expect(splitNumber('14.050', 'vi')).toEqual({ int: '14050', frac: '' });
		expect(splitNumber('1,160', 'en')).toEqual({ int: '1160', frac: '' });
		expect(splitNumber('2.5', 'vi')).toEqual({ int: '2', frac: '5' });
	});

	it('scales exactly without floats', () => {
		expect(scaleDecimal('1', '64', 9)).toBe('1640000000');
		expect(scaleDecimal('0', '1', 1)).toBe('1');
		expect(scaleDecimal('12', '5', 0)).toBe('12.5');
		expect(scaleDecimal('9007199254740993', '', 3)).toBe('9007199254740993000');
	});

	it('parses amounts with scale words and units', () => {
		expect(amounts('mục tiêu 10 tỷ USD')).toEqual(['10000000000 USD']);
		expect(amounts('đạt hơn 1,64 tỷ USD')).toEqual(['1640000000 USD']);
		expect(amounts('khoảng 5 tỉ USD và 3 tỷ đồng')).toEqual(['5000000000 USD', '3000000000 VND']);
		expect(amounts('tăng 10-15% mỗi năm')).toEqual(['10..15 %']);
		expect(amounts('US$5bn in new deals', 'en')).toEqual(['5000000000 USD']);
		expect(amounts('$1.6 billion and 2 million tonnes', 'en')).toEqual([
			'1600000000 USD',
			'2000000 tonnes'
		]);
		expect(amounts('600 nghìn tấn than, 2 triệu USD, 3 ngàn tỷ đồng')).toEqual([
			'600000 tonnes',
			'2000000 USD',
			'3000000000000 VND'
		]);
		expect(amounts('1.160 suất học bổng, 14.050 lưu học sinh')).toEqual([
			'1160 scholarships',
			'14050 students'
		]);
		expect(amounts('a 1,200 MW plant and 300 km of road', 'en')).toEqual(['1200 MW', '300 km']);
		// "ngân hàng" (bank) folds like "ngàn" (thousand): 100 banks are not 100,000 of anything.
		expect(amounts('một trong 100 ngân hàng lớn nhất, 5 ngàn tỷ đồng ngân sách')).toEqual([
			'5000000000000 VND'
		]);
	});

	it('ignores bare numbers such as years and dates', () => {
		expect(amounts('ngày 26/1/2026, giai đoạn 2021-2030, Kỳ họp 47')).toEqual([]);
	});
});

describe('target year', () => {
	it('prefers deadlines, then period ends, then plain years', () => {
		expect(findTargetYear(f('phấn đấu đến năm 2030 đạt 5 tỷ USD'), 2024)).toBe(2030);
		expect(findTargetYear(f('thực hiện Đề án giai đoạn 2021-2030'), 2024)).toBe(2030);
		expect(findTargetYear(f('sẽ cấp học bổng trong năm 2022'), 2022)).toBe(2022);
		expect(findTargetYear(f('trade to reach $5bn by 2027'), 2024)).toBe(2027);
	});

	it('resolves relative years against the article date', () => {
		expect(findTargetYear(f('khởi công vào đầu năm tới'), 2024)).toBe(2025);
		expect(findTargetYear(f('construction will start next year'), 2019)).toBe(2020);
		expect(findTargetYear(f('hoàn thành trong năm nay'), 2023)).toBe(2023);
		expect(findTargetYear(f('khởi công vào năm sau'), null)).toBeNull();
	});

	it('does not take a comparison baseline or an old year as the target', () => {
		expect(findTargetYear(f('tăng 20% so với năm 2023'), 2024)).toBeNull();
		expect(findTargetYear(f('hiệp định ký năm 2015 sẽ được sửa đổi'), 2024)).toBeNull();
	});
});

describe('segmentation', () => {
	it('splits sentences but keeps abbreviations and numbers whole', () => {
		expect(
			sentences(
				'GS. TS. Nguyễn Văn A nói kim ngạch đạt 1,64 tỷ USD. Hai bên nhất trí tăng 10-15%. TP. Vinh có 14.050 người.'
			)
		).toEqual([
			'GS. TS. Nguyễn Văn A nói kim ngạch đạt 1,64 tỷ USD.',
			'Hai bên nhất trí tăng 10-15%.',
			'TP. Vinh có 14.050 người.'
		]);
	});

	it('splits English sentences and keeps initials and U.S.', () => {
		expect(
			sentences('Mr. Smith met the U.S. envoy on Monday. Trade rose 5%! Will it last?')
		).toEqual(['Mr. Smith met the U.S. envoy on Monday.', 'Trade rose 5%!', 'Will it last?']);
	});

	it('splits clauses at semicolons with offsets', () => {
		const text = 'Hai bên nhất trí A; đẩy mạnh B; mở rộng C.';
		const [s] = segmentBlock(f(text));
		expect(s!.clauses.map((c) => text.slice(c.start, c.end))).toEqual([
			'Hai bên nhất trí A',
			'đẩy mạnh B',
			'mở rộng C.'
		]);
	});

	it('marks photo captions and credits', () => {
		const block = 'Hai lãnh đạo chụp ảnh chung trước hội đàm. Ảnh: Minh Anh';
		expect(segmentBlock(f(block)).every((s) => s.caption)).toBe(true);
		expect(segmentBlock(f('Toàn cảnh buổi lễ (Ảnh: TTXVN)')).every((s) => s.caption)).toBe(true);
		expect(segmentBlock(f('Cuộc gặp cấp cao - Ảnh 3.'))[0]!.caption).toBe(true);
		expect(segmentBlock(f('Hai bên nhất trí mở rộng hợp tác.'))[0]!.caption).toBe(false);
	});

	it('marks a short unpunctuated line as a heading', () => {
		expect(segmentBlock(f('Thúc đẩy các dự án hạ tầng trọng điểm'))[0]!.heading).toBe(true);
	});
});

describe('entities', () => {
	it('matches registry aliases whatever the dashes, diacritics and word order', () => {
		expect(slugs('tuyến cao tốc Hà Nội – Viêng Chăn')).toEqual(['hanoi-vientiane-expressway']);
		expect(slugs('the Vientiane-Hanoi Expressway')).toEqual(['hanoi-vientiane-expressway']);
		expect(slugs('đường sắt Vũng Áng—Vientiane')).toEqual(['vientiane-vung-ang-railway']);
		expect(slugs('the Vung Ang-Vientiane railway')).toEqual(['vientiane-vung-ang-railway']);
		expect(slugs('mở rộng cảng Vũng Áng')).toEqual(['vung-ang-port']);
		expect(slugs('dọc Hành lang kinh tế Đông – Tây')).toEqual(['east-west-economic-corridor']);
	});

	it('detects unnamed-but-specific projects and builds a slug from the name', () => {
		expect(slugs('xây dựng nhà máy thủy điện Nậm Ngừm 5')).toEqual(['nam-ngum-5-hydropower']);
		expect(slugs('the Vientiane–Boten railway')).toEqual(['boten-vientiane-railway']);
		// Viêng Chăn is Vientiane (places.ts): one slug for either spelling of an end.
		expect(slugs('tuyến đường sắt Boten - Viêng Chăn')).toEqual(['boten-vientiane-railway']);
		expect(slugs('nâng cấp cửa khẩu quốc tế Cầu Treo')).toEqual(['cau-treo-border-gate']);
		expect(slugs('Kế hoạch hợp tác y tế giai đoạn 2024-2028')).toEqual([
			'ke-hoach-hop-tac-y-te-2024-2028'
		]);
		expect(slugs('Kỳ họp lần thứ 45 Ủy ban liên Chính phủ')).toEqual([
			'vn-la-intergovernmental-committee-session-45'
		]);
	});

	it('does not read a request ("yêu cầu") or a lower-case phrase as a project', () => {
		expect(slugs('yêu cầu Bộ Công Thương báo cáo; xây dựng cảng biển hiện đại')).toEqual([]);
	});

	it('exports a registry with unique slugs and both names', () => {
		const seen = new Set(ENTITY_REGISTRY.map((e) => e.slug));
		expect(seen.size).toBe(ENTITY_REGISTRY.length);
		for (const e of ENTITY_REGISTRY)
			expect(e.name_vi && e.name_en && e.aliases.length > 0).toBeTruthy();
	});
});
