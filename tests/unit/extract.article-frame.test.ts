/**
 * Article-level signal (issue #12, precision on articles that pledge nothing): an article that names the pair
 * in fewer than one sentence in four is one country's news with the other named in passing; there a passage is
 * kept only when its own sentence joins the two sides. Every sentence here is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import { isPassingMention } from '../../src/lib/server/extract/commitments';

const quotes = (paragraphs: string[]): string[] =>
	extractBlocks('vi', paragraphs, '2020-03-10').commitments.map((c) => c.quote);

/** Eight sentences of a festival feature on Lao food; Vietnam is named once, in passing. */
const FEATURE = [
	'Lễ hội ẩm thực Lào diễn ra suốt ba ngày cuối tuần tại một khu nghỉ dưỡng ven biển miền Trung Việt Nam.',
	'Các đầu bếp mang đến món xôi nếp hấp trong giỏ tre và gỏi đu đủ cay.',
	'Nhiều gian hàng bày bán vải dệt thổ cẩm của các bản làng vùng cao.',
	'Một nhóm múa biểu diễn điệu lăm vông vào buổi tối.',
	'Khách tham quan được xem cách ủ rượu cần truyền thống.',
	'Ban tổ chức cho biết lượng khách năm nay đông hơn dự kiến.',
	'Trẻ em được tham gia trò chơi dân gian ở khu vực sân cỏ.'
];

describe('an article that names the pair only in passing', () => {
	it('isPassingMention: fewer than one sentence in four over eight or more', () => {
		expect(isPassingMention(1, 8)).toBe(true);
		expect(isPassingMention(2, 8)).toBe(false);
		expect(isPassingMention(1, 7)).toBe(false);
		expect(isPassingMention(4, 20)).toBe(true);
		expect(isPassingMention(5, 20)).toBe(false);
	});

	it("drops a visitor's experience and a firm's own plan there", () => {
		expect(
			quotes([
				...FEATURE,
				'Đến lễ hội, du khách sẽ có dịp thưởng thức hơn 40 món ăn đặc trưng của Lào trong năm 2020.',
				'Khu nghỉ dưỡng dự kiến đầu tư thêm 15 tỷ đồng mở rộng bãi đỗ xe trước năm 2021.'
			])
		).toEqual([]);
	});

	it('keeps a passage whose own sentence joins the two sides', () => {
		expect(
			quotes([
				...FEATURE,
				'Dịp này, hai bên nhất trí sẽ tổ chức luân phiên lễ hội văn hóa Việt Nam - Lào mỗi năm tại một tỉnh biên giới, bắt đầu từ năm 2021.'
			])
		).toHaveLength(1);
	});

	it('leaves an article about the pair alone', () => {
		expect(
			quotes([
				'Bộ trưởng Bộ Giáo dục Việt Nam tiếp đoàn Bộ Giáo dục và Thể thao Lào sáng nay.',
				'Việt Nam sẽ cấp 1.000 suất học bổng cho sinh viên Lào trong năm học 2020-2021.'
			])
		).toHaveLength(1);
	});
});

describe('"khẳng định tầm quan trọng của việc tăng cường hợp tác …": a joint statement\'s standing pledge', () => {
	const VISIT = 'Tổng Bí thư Việt Nam hội đàm với Tổng Bí thư, Chủ tịch nước Lào tại Hà Nội.';
	const found = (sentence: string) =>
		extractBlocks('vi', [VISIT, sentence], '2024-06-01').commitments;

	it('keeps both leaders affirming that a field of cooperation is to be strengthened', () => {
		const out = found(
			'Hai nhà lãnh đạo khẳng định tầm quan trọng của việc tăng cường hơn nữa hợp tác quốc phòng và an ninh biên giới giữa hai nước.'
		);
		expect(out).toHaveLength(1);
		expect(out[0]!.sector).toBe('defense_security');
		expect(out[0]!.title).toMatch(/^Tăng cường hơn nữa hợp tác quốc phòng/);
	});

	it('still drops the importance of a principle, with no cooperation to strengthen', () => {
		expect(
			found(
				'Hai nhà lãnh đạo khẳng định tầm quan trọng của việc duy trì hòa bình, ổn định và tôn trọng luật pháp quốc tế trong khu vực.'
			)
		).toEqual([]);
	});
});

describe('an article headed by another grouping', () => {
	const HEADLINE = 'Hội nghị Bộ trưởng Mekong - Hàn Quốc thông qua kế hoạch hành động mới';
	const found = (sentence: string) =>
		extractBlocks(
			'vi',
			[
				'Các bộ trưởng Ngoại giao Mekong - Hàn Quốc họp tại Seoul, với sự tham dự của Việt Nam, Lào, Campuchia, Thái Lan và Myanmar.',
				sentence
			],
			'2019-08-01',
			'\n\n',
			HEADLINE
		).commitments;

	it("drops the grouping's agenda item even when it lists a Vietnam–Laos project", () => {
		expect(
			found(
				'Kế hoạch sẽ thúc đẩy kết nối hạ tầng, bao gồm đường cao tốc Hà Nội - Vientiane và tuyến đường thủy giữa Việt Nam và Campuchia.'
			)
		).toEqual([]);
	});

	it('keeps a Vietnam–Laos pledge made on the sidelines', () => {
		expect(
			found(
				'Bên lề hội nghị, Việt Nam và Lào nhất trí sẽ hoàn thành nghiên cứu khả thi đường cao tốc Hà Nội - Vientiane trong năm 2020.'
			)
		).toHaveLength(1);
	});
});
