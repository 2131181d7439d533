/**
 * One country alone (issue #12, deliverable 4): in a Vietnam–Laos article, a pledge by one side about its own
 * business (a Lao ministry's domestic programme, a leader's "chúng tôi cam kết …" on home affairs, one party's
 * congress target) is not a Vietnam–Laos commitment; the same side undertaking toward the other one is.
 * Every sentence here is written for this file, not taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';

const quotes = (paragraphs: string[]): string[] => extractBlocks('vi', paragraphs, '2020-03-10').commitments.map((c) => c.quote);

/** A visit by both sides, then two sentences about Laos alone: Vietnam is no longer near. */
const LAO_HOME = ['Thủ tướng hai nước hội đàm tại Viêng Chăn sáng nay.', 'Lào có nhiều tiềm năng về thủy điện trên các sông nhánh.', 'Mùa mưa năm nay đến sớm hơn mọi năm ở vùng núi phía Bắc.'];

describe('one side alone', () => {
	it('drops a Lao ministry pledging its own domestic programme', () => {
		expect(quotes([...LAO_HOME, 'Bộ Năng lượng và Mỏ Lào sẽ rà soát toàn bộ các đập thủy điện đang vận hành trước tháng 6/2020.'])).toEqual([]);
	});

	it('drops a speaker\'s "chúng tôi cam kết …" about home affairs', () => {
		expect(quotes([...LAO_HOME, '"Chúng tôi cam kết hoàn thành việc xây dựng lại 12 cây cầu và 40 km đường tỉnh bị hư hỏng trước năm 2021", ông Bộ trưởng nói.'])).toEqual([]);
	});

	it("drops one party's own congress target", () => {
		expect(quotes([...LAO_HOME, 'Đảng Nhân dân Cách mạng Lào đặt mục tiêu tăng trưởng kinh tế bình quân 7% mỗi năm đến năm 2025.'])).toEqual([]);
	});

	it('keeps the same side undertaking toward the other one', () => {
		expect(quotes([...LAO_HOME, 'Bộ Năng lượng và Mỏ Lào sẽ ưu tiên bán điện cho Việt Nam từ các nhà máy mới ở tỉnh Sê Kông.'])).toHaveLength(1);
		expect(quotes([...LAO_HOME, 'Phía Lào cam kết tạo điều kiện thuận lợi cho các doanh nghiệp Việt Nam đầu tư vào khu kinh tế đặc biệt.'])).toHaveLength(1);
	});

	it('keeps one side\'s pledge when the sentence before names the other side it is toward', () => {
		expect(quotes(['Thủ tướng hai nước hội đàm tại Viêng Chăn sáng nay.', 'Năm ngoái, các doanh nghiệp Việt Nam đã khảo sát nhiều dự án điện gió ở miền Nam nước bạn.', 'Bộ Năng lượng và Mỏ Lào sẽ cấp phép thêm ba dự án điện gió trong năm 2021.'])).toEqual([expect.stringContaining('cấp phép thêm ba dự án điện gió')]);
		expect(quotes(['Việt Nam đã bàn giao ngôi trường mới cho tỉnh Hủa Phăn của Lào.', '"Chúng tôi sẽ giữ gìn và sử dụng hiệu quả ngôi trường", ông Giám đốc Sở Giáo dục nói.'])).toHaveLength(1);
	});
});
