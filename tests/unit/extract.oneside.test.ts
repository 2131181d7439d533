/**
 * One country alone (issue #12, deliverable 4): in a Vietnam–Laos article, a pledge by one side about its own
 * business (a Lao ministry's domestic programme, a leader's "chúng tôi cam kết …" on home affairs, one party's
 * congress target) is not a Vietnam–Laos commitment; the same side undertaking toward the other one is.
 * Every sentence here is written for this file, not taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';

const quotes = (paragraphs: string[]): string[] =>
	extractBlocks('vi', paragraphs, '2020-03-10').commitments.map((c) => c.quote);

/** A visit by both sides, then two sentences about Laos alone: Vietnam is no longer near. */
const LAO_HOME = [
	'Thủ tướng hai nước hội đàm tại Viêng Chăn sáng nay.',
	'Lào có nhiều tiềm năng về thủy điện trên các sông nhánh.',
	'Mùa mưa năm nay đến sớm hơn mọi năm ở vùng núi phía Bắc.'
];

describe('one side alone', () => {
	it('drops a Lao ministry pledging its own domestic programme', () => {
		expect(
			quotes([
				...LAO_HOME,
				'Bộ Năng lượng và Mỏ Lào sẽ rà soát toàn bộ các đập thủy điện đang vận hành trước tháng 6/2020.'
			])
		).toEqual([]);
	});

	it('drops a speaker\'s "chúng tôi cam kết …" about home affairs', () => {
		expect(
			quotes([
				...LAO_HOME,
				'"Chúng tôi cam kết hoàn thành việc xây dựng lại 12 cây cầu và 40 km đường tỉnh bị hư hỏng trước năm 2021", ông Bộ trưởng nói.'
			])
		).toEqual([]);
	});

	it("drops one party's own congress target", () => {
		expect(
			quotes([
				...LAO_HOME,
				'Đảng Nhân dân Cách mạng Lào đặt mục tiêu tăng trưởng kinh tế bình quân 7% mỗi năm đến năm 2025.'
			])
		).toEqual([]);
	});

	it('keeps the same side undertaking toward the other one', () => {
		expect(
			quotes([
				...LAO_HOME,
				'Bộ Năng lượng và Mỏ Lào sẽ ưu tiên bán điện cho Việt Nam từ các nhà máy mới ở tỉnh Sê Kông.'
			])
		).toHaveLength(1);
		expect(
			quotes([
				...LAO_HOME,
				'Phía Lào cam kết dành ưu đãi để doanh nghiệp Việt Nam đầu tư vào khu kinh tế đặc biệt.'
			])
		).toHaveLength(1);
	});

	it("keeps one side's pledge when the sentence before names the other side it is toward", () => {
		expect(
			quotes([
				'Thủ tướng hai nước hội đàm tại Viêng Chăn sáng nay.',
				'Năm ngoái, các doanh nghiệp Việt Nam đã khảo sát nhiều dự án điện gió ở miền Nam nước bạn.',
				'Bộ Năng lượng và Mỏ Lào sẽ cấp phép thêm ba dự án điện gió trong năm 2021.'
			])
		).toEqual([expect.stringContaining('cấp phép thêm ba dự án điện gió')]);
		expect(
			quotes([
				'Việt Nam đã bàn giao ngôi trường mới cho tỉnh Hủa Phăn của Lào.',
				'"Chúng tôi sẽ giữ gìn và sử dụng hiệu quả ngôi trường", ông Giám đốc Sở Giáo dục nói.'
			])
		).toHaveLength(1);
	});
});

describe('one side briefing the other on its own work', () => {
	const MEETING =
		'Đoàn đại biểu Hội Nông dân Việt Nam làm việc với Hội Nông dân Lào tại Viêng Chăn.';

	it("drops what a Lao leader lists of his own body's programme at a meeting with Vietnam", () => {
		expect(
			quotes([
				MEETING,
				'Chủ tịch Hội Nông dân Lào chia sẻ về những hoạt động nổi bật của Hội như: tháng 6 sẽ mở 30 lớp tập huấn trồng lúa cho hội viên; triển khai chương trình cho vay vốn nuôi bò ở các tỉnh miền Trung.'
			])
		).toEqual([]);
	});

	it("drops a Vietnamese leader's list of his own body's plans", () => {
		expect(
			quotes([
				MEETING,
				'Ông Nguyễn Văn An thông tin về những hoạt động nổi bật của Hội Nông dân Việt Nam như: tháng 5 sẽ tổ chức hội thi nhà nông giỏi toàn quốc; triển khai chương trình cho vay vốn làm kinh tế trang trại.'
			])
		).toEqual([]);
	});

	it('keeps a briefed plan that reaches the other side', () => {
		expect(
			quotes([
				MEETING,
				'Chủ tịch Hội Nông dân Lào Khăm Phăn giới thiệu về các hoạt động mà Hội đang triển khai: phối hợp với Hội Nông dân Việt Nam mở 30 lớp tập huấn kỹ thuật trồng lúa cho 2.000 hội viên trong năm 2020.'
			])
		).toHaveLength(1);
	});
});

describe('no party in the subject: the place stands for who undertakes', () => {
	it('drops work that goes on in Laos alone, done by no named party', () => {
		expect(
			quotes([
				...LAO_HOME,
				'Trong khi đó, khoảng 30 nhà máy thủy điện nhỏ sẽ tiếp tục được xây dựng ở Lào đến năm 2025.'
			])
		).toEqual([]);
	});

	it('keeps a named firm investing there: it may come from the other side', () => {
		expect(
			quotes([
				...LAO_HOME,
				'Tập đoàn Sông Hồng cam kết đầu tư thêm 20 triệu USD mở rộng nhà máy chế biến cà phê ở Lào trong năm 2021.'
			])
		).toHaveLength(1);
	});
});

describe('a body named as Laos\'s own at the head of the sentence ("… của Lào")', () => {
	const VN_BEFORE =
		'Đoàn công tác của Bộ Y tế Việt Nam đã sang làm việc tại Viêng Chăn tuần trước.';

	it('drops Lao domestic work even with Vietnam named just before', () => {
		expect(
			quotes([
				VN_BEFORE,
				'Trong khi đó, các bệnh viện lớn của Lào đang khẩn trương mở rộng khu điều trị, xúc tiến thành lập 2 bệnh viện dã chiến với 800 giường, dự kiến sẽ tiếp tục mở rộng trong tháng tới.'
			])
		).toEqual([]);
		expect(
			quotes([
				VN_BEFORE,
				'Các trường đại học của Lào sẽ tăng chỉ tiêu tuyển sinh ngành y thêm 500 sinh viên từ năm học 2021.'
			])
		).toEqual([]);
	});

	it('keeps the Lao body when the sentence itself brings Vietnam in', () => {
		expect(
			quotes([
				VN_BEFORE,
				'Các bệnh viện lớn của Lào sẽ phối hợp với Bệnh viện Bạch Mai đào tạo 50 bác sĩ trong năm 2021.'
			])
		).toHaveLength(1);
		expect(
			quotes([
				VN_BEFORE,
				'Các trường đại học của Lào sẽ tiếp nhận thêm 300 sinh viên Việt Nam sang học tiếng Lào từ năm học 2021.'
			])
		).toHaveLength(1);
	});
});
