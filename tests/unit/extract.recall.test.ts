/**
 * Recall on real journalism (issue #12): commitments the engine missed or cut differently from the
 * annotation rules in docs/extraction.md. Every sentence here is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

function run(lines: string[]): Extraction {
	return extractBlocks('vi', lines, '2021-03-10', '\n', 'Tiêu đề');
}

const quotes = (out: Extraction): string[] => out.commitments.map((c) => c.quote);

describe('an undertaking next to an event', () => {
	it('keeps the undertaking when the part after it is a one-off event', () => {
		const out = run([
			'Năm tới, hai bên sẽ tiếp tục đào tạo cán bộ y tế của Lào tại các bệnh viện của Việt Nam, chỉ đạo các tỉnh biên giới tổ chức chiến dịch tình nguyện hè cho sinh viên.'
		]);
		expect(quotes(out)).toEqual([
			'Năm tới, hai bên sẽ tiếp tục đào tạo cán bộ y tế của Lào tại các bệnh viện của Việt Nam'
		]);
	});
});

describe('a joint stance framed "Trên tinh thần …, hai nước …"', () => {
	it('takes the stance at multilateral forums as a commitment, quoted after the frame', () => {
		const out = run([
			'Hai Thủ tướng đánh giá cao các bộ, ngành đã giúp đỡ nhau. Trên tinh thần tin cậy và gắn bó, hai bên phối hợp chặt chẽ và ủng hộ nhau tại các diễn đàn khu vực và quốc tế.'
		]);
		expect(quotes(out)).toEqual([
			'hai bên phối hợp chặt chẽ và ủng hộ nhau tại các diễn đàn khu vực và quốc tế'
		]);
		expect(out.commitments[0]!.sector).toBe('politics_diplomacy');
	});

	it('does not take cooperation reported as done in that frame', () => {
		const out = run([
			'Trên tinh thần tin cậy và gắn bó, hai bên đã phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế.'
		]);
		expect(quotes(out)).toEqual([]);
	});
});

describe('a trade target followed by another undertaking', () => {
	it('cuts ", tiếp tục tăng kết nối …" off the target before it', () => {
		const out = run([
			'Hai Thủ tướng nhất trí phấn đấu đưa kim ngạch thương mại năm nay tăng 12%, tiếp tục tăng kết nối giao thông vận tải và năng lượng giữa hai nước.'
		]);
		expect(quotes(out)).toEqual([
			'Hai Thủ tướng nhất trí phấn đấu đưa kim ngạch thương mại năm nay tăng 12%',
			'tiếp tục tăng kết nối giao thông vận tải và năng lượng giữa hai nước'
		]);
	});
});

describe('named documents listed after one verb', () => {
	it('makes each capitalised document its own commitment', () => {
		const out = run([
			'Năm tới, hai bên sẽ triển khai Hiệp định về hợp tác lao động giữa hai nước, Bản ghi nhớ về đào tạo giáo viên tiếng Việt cho các trường của Lào.'
		]);
		expect(quotes(out)).toEqual([
			'Năm tới, hai bên sẽ triển khai Hiệp định về hợp tác lao động giữa hai nước',
			'Bản ghi nhớ về đào tạo giáo viên tiếng Việt cho các trường của Lào'
		]);
	});

	it('keeps a lower-case "thỏa thuận" inside a sentence with one named document', () => {
		const out = run([
			'Năm tới, hai bên sẽ triển khai Hiệp định về hợp tác lao động, các thỏa thuận về đào tạo giáo viên cho các trường của Lào.'
		]);
		expect(out.commitments).toHaveLength(1);
	});
});

describe('work under way, organised', () => {
	it('takes "đang tích cực tổ chức …" by a named ministry as ongoing work', () => {
		const out = run([
			'Hiện nay, Bộ Y tế Lào đang tích cực tổ chức các khóa đào tạo để đưa thêm bác sĩ sang thực tập tại các bệnh viện của Việt Nam.'
		]);
		expect(quotes(out)).toEqual([
			'Hiện nay, Bộ Y tế Lào đang tích cực tổ chức các khóa đào tạo để đưa thêm bác sĩ sang thực tập tại các bệnh viện của Việt Nam'
		]);
		expect(out.commitments[0]!.aspect).toBe('ongoing');
	});
});

describe('sectors an analyst would file the passage under', () => {
	it('files carrying out agreements in no named field under politics and diplomacy', () => {
		const out = run([
			'Năm tới, hai bên thống nhất tập trung thực hiện tốt các thỏa thuận đã đạt được giữa hai Chính phủ.'
		]);
		expect(out.commitments.map((c) => c.sector)).toEqual(['politics_diplomacy']);
	});

	it('files the building of the Lao National Assembly House under infrastructure', () => {
		const out = run([
			'Hai bên sẽ đẩy nhanh tiến độ thi công Nhà Quốc hội Lào để kịp bàn giao cho phía bạn.'
		]);
		expect(out.commitments.map((c) => c.sector)).toEqual(['infrastructure']);
	});
});

describe('two undertakings joined by "và"', () => {
	it('cuts "… và nghiên cứu <named project>" off the undertaking before it', () => {
		const out = run([
			'Hai bên thống nhất mở tuyến xe khách cố định giữa hai tỉnh biên giới và nghiên cứu đầu tư tuyến đường sắt Viêng Chăn - Vũng Áng.'
		]);
		expect(quotes(out)).toEqual([
			'Hai bên thống nhất mở tuyến xe khách cố định giữa hai tỉnh biên giới',
			'nghiên cứu đầu tư tuyến đường sắt Viêng Chăn - Vũng Áng'
		]);
	});
});

describe('a hospital to build', () => {
	it('takes a pledge to build a hospital, named after the friendship or not, as a commitment', () => {
		const out = run([
			'Hai bên đã thống nhất đẩy nhanh việc xây dựng bệnh viện hữu nghị Việt Nam - Lào tại tỉnh Bò Kẹo.',
			'Việt Nam và Lào thống nhất xây dựng một bệnh viện 200 giường tại tỉnh Bò Kẹo.'
		]);
		expect(out.commitments.map((c) => c.title)).toEqual([
			'Đẩy nhanh việc xây dựng bệnh viện hữu nghị Việt Nam - Lào tại tỉnh Bò Kẹo',
			'Xây dựng một bệnh viện 200 giường tại tỉnh Bò Kẹo'
		]);
	});
});
