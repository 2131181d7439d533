/**
 * Frames with nothing bilateral to track (frames.ts), a place named in a list item, and clearing obstacles as a
 * pledge of its own (commitments.ts). The seeds' analyst reading (docs/tracking.md, "The seed items, judged one
 * by one") asked for them; every sentence here is written for this file, not taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

const vi = (text: string): Extraction => extractBlocks('vi', [text], '2025-06-01');
const en = (text: string): Extraction => extractBlocks('en', [text], '2025-06-01');
const quotes = (out: Extraction): string[] => out.commitments.map((c) => c.quote);

describe('a need agreed', () => {
	it('is no commitment when nothing named follows it', () => {
		for (const s of [
			'Hai Bộ trưởng nhất trí sự cần thiết phải phát huy lợi thế của mỗi bên, tập trung vào những dự án mang lại lợi ích thiết thực cho người dân.',
			'Hai bên thống nhất về sự cần thiết của việc đổi mới phương thức hợp tác giáo dục và đào tạo.'
		])
			expect(quotes(vi(s)), s).toEqual([]);
		const s =
			'The two ministers agreed on the need to make education cooperation more practical and effective.';
		expect(quotes(en(s)), s).toEqual([]);
	});

	it('stays when it names what is to be done: a named works, a programme with its period, a figure', () => {
		for (const s of [
			'Hai Bộ trưởng nhất trí sự cần thiết phải sớm hoàn thành Trường Phổ thông Hữu nghị ở tỉnh Sekong.',
			'Hai bên nhất trí sự cần thiết phải thực hiện tốt Kế hoạch hợp tác y tế giai đoạn 2026-2030.',
			'Hai bên nhất trí sự cần thiết phải nâng kim ngạch buôn bán qua biên giới lên 800 triệu USD.'
		])
			expect(vi(s).commitments, s).toHaveLength(1);
		const s = 'They underlined the need to carry out the health cooperation plan for 2026-2030.';
		expect(en(s).commitments, s).toHaveLength(1);
	});

	it('leaves an obligation ("cần", "should") as it was: only the nominal need is a frame', () => {
		const out = vi('Hai bên cần tăng cường hợp tác phòng chống dịch bệnh ở các tỉnh biên giới.');
		expect(out.commitments).toHaveLength(1);
	});
});

describe('a breakthrough aimed at', () => {
	it('is an aspiration, not a step one could check', () => {
		for (const s of [
			'Hai bên nhất trí nỗ lực tạo bước đột phá, nâng cao hiệu quả hợp tác trong các lĩnh vực nông nghiệp, y tế và thủy lợi.',
			'Hai Thủ tướng thống nhất phấn đấu tạo đột phá trong hợp tác du lịch giữa các tỉnh biên giới.'
		])
			expect(quotes(vi(s)), s).toEqual([]);
		const s = 'Both sides pledged to strive for a breakthrough in agricultural cooperation.';
		expect(quotes(en(s)), s).toEqual([]);
	});

	it('keeps a field-list pledge without the aspiration, and one whose breakthrough comes with a figure', () => {
		expect(
			vi(
				'Hai bên nhất trí thúc đẩy mạnh mẽ, nâng cao hiệu quả hợp tác trong các lĩnh vực nông nghiệp, y tế và thủy lợi.'
			).commitments
		).toHaveLength(1);
		expect(
			vi(
				'Hai bên nhất trí tạo bước đột phá trong thương mại, phấn đấu đưa kim ngạch lên 3 tỷ USD vào năm 2027.'
			).commitments.length
		).toBeGreaterThan(0);
	});
});

describe("each side's own agenda", () => {
	it('is not a Vietnam–Laos undertaking, whatever solidarity words stand before it', () => {
		for (const s of [
			'Hai Tổng Bí thư nhấn mạnh quyết tâm đồng lòng, kề vai sát cánh nhằm thực hiện thắng lợi nghị quyết đại hội Đảng của mỗi nước trong nhiệm kỳ mới.',
			'Hai bên nhất trí triển khai hiệu quả các nghị quyết của mỗi bên về phát triển kinh tế - xã hội.'
		])
			expect(quotes(vi(s)), s).toEqual([]);
	});

	it('stays when one side helps the other carry it out, or when it is only what an undertaking leads to', () => {
		expect(
			vi(
				'Hai Thủ tướng nhất trí kề vai sát cánh, giúp nhau thực hiện thắng lợi nghị quyết đại hội của mỗi Đảng trong năm 2026.'
			).commitments
		).toHaveLength(1);
		expect(
			vi(
				'Hai bên sẽ triển khai hiệu quả các thỏa thuận cấp cao, qua đó góp phần thực hiện các nghị quyết của mỗi nước.'
			).commitments
		).toHaveLength(1);
	});
});

describe('a place named in a list item', () => {
	it('is where the verbless item lies, not a project of its own: the item stays with the one before it', () => {
		const out = vi(
			'Hai bên sẽ thúc đẩy triển khai mô hình Khu công nghiệp Việt Nam-Lào, mô hình chợ biên giới trên hành lang kinh tế Đông-Tây.'
		);
		expect(quotes(out)).toEqual([
			'Hai bên sẽ thúc đẩy triển khai mô hình Khu công nghiệp Việt Nam-Lào, mô hình chợ biên giới trên hành lang kinh tế Đông-Tây'
		]);
	});

	it('still starts an item of its own when the item says what is done there', () => {
		const out = en(
			'The two ministries will review the Agreement on Border Trade and will open a new customs lane at the Lao Bao – Densavanh border gate.'
		);
		expect(out.commitments).toHaveLength(2);
	});
});

describe('clearing obstacles', () => {
	it('is its own pledge, not the tail of the clause before it, and works in that clause’s field', () => {
		const out = vi(
			'Hai nước sẽ đẩy mạnh hợp tác đầu tư giữa doanh nghiệp hai bên; tích cực tháo gỡ các khó khăn, vướng mắc trong quá trình thực hiện.'
		);
		expect(quotes(out)).toEqual([
			'Hai nước sẽ đẩy mạnh hợp tác đầu tư giữa doanh nghiệp hai bên',
			'tích cực tháo gỡ các khó khăn, vướng mắc trong quá trình thực hiện'
		]);
		expect(out.commitments[1]!.sector).toBe('investment');
	});

	it('stands as a commitment on its own', () => {
		expect(
			vi('Hai bên nhất trí sớm giải quyết các vấn đề còn vướng mắc của các dự án hợp tác.')
				.commitments
		).toHaveLength(1);
		expect(
			en('The two sides agreed to remove obstacles facing the joint projects.').commitments
		).toHaveLength(1);
	});
});
