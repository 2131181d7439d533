/**
 * Vietnamese news forms read on real 2010–2026 coverage of Vietnam–Laos cooperation outside our corpus
 * (committee sessions, border-delegation meetings, provinces, defence, power, railways, payments, aviation,
 * trade reports; issue #12). Every sentence below is our own, built on a construction seen there.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks, quotesOf } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

function run(paragraphs: string[], published: string | null = '2024-06-15'): Extraction {
	return extractBlocks('vi', paragraphs, published, '\n\n', 'Tiêu đề bài viết');
}

type Obs = [number, string, string, number | null];
const obs = (e: Extraction): Obs[] =>
	e.trade_observations.map((t) => [t.year, t.value_usd, t.period, t.growth_pct]);

describe('trade figures in journalistic form', () => {
	it('gives the growth written before the figure to the figure', () => {
		const out = run([
			'Trong 9 tháng năm 2024, thương mại hai chiều Việt Nam - Lào tăng 18% so với cùng kỳ, đạt khoảng 1,9 tỷ USD.'
		]);
		expect(obs(out)).toEqual([[2024, '1900000000', 'M1-M9', 18]]);
		expect(out.commitments).toEqual([]);
	});

	it('dates a result against the plan by its baseline year, and makes no commitment of it', () => {
		const out = run(
			[
				'Kim ngạch thương mại Việt Nam - Lào vượt kế hoạch, đạt 1,7 tỷ USD, tăng 15% so với năm 2022.'
			],
			'2024-02-10'
		);
		expect(obs(out)).toEqual([[2023, '1700000000', 'full_year', 15]]);
		expect(out.commitments).toEqual([]);
	});

	it('reads a single month, year to date and a period up to a month', () => {
		expect(
			obs(
				run(
					[
						'Riêng tháng 11, kim ngạch thương mại hai chiều Việt Nam - Lào đạt 205 triệu USD.',
						'Từ đầu năm đến nay, trao đổi thương mại giữa Việt Nam và Lào đạt 1,85 tỷ USD.'
					],
					'2024-12-20'
				)
			)
		).toEqual([
			[2024, '205000000', 'M11', null],
			[2024, '1850000000', 'M1-M11', null]
		]);
	});

	it('drops a total that runs over several years ("Từ năm 2021 đến tháng 6/2024, …")', () => {
		const out = run(
			[
				'Từ năm 2021 đến tháng 6/2024, tổng kim ngạch xuất nhập khẩu song phương Việt Nam - Lào đạt 6,1 tỷ USD.',
				'Trong 6 tháng đầu năm 2024, kim ngạch thương mại song phương đạt 1,2 tỷ USD, tăng 40% so với cùng kỳ.'
			],
			'2024-07-20'
		);
		expect(obs(out)).toEqual([[2024, '1200000000', 'M1-M6', 40]]);
	});

	it('reads a figure below its target as a result, never a commitment', () => {
		const out = run(
			[
				'Năm 2020, kim ngạch thương mại hai chiều Việt Nam - Lào đạt 1,1 tỷ USD, thấp hơn mục tiêu 1,5 tỷ USD mà hai Chính phủ đặt ra.'
			],
			'2021-03-01'
		);
		expect(out.commitments).toEqual([]);
		expect(obs(out)).toEqual([[2020, '1100000000', 'full_year', null]]);
	});

	it('drops a forecast of where a figure will go ("kim ngạch … sẽ tiếp tục tăng")', () => {
		expect(
			run([
				'Dự kiến trong quý IV, kim ngạch xuất khẩu của Việt Nam sang Lào sẽ tiếp tục tăng nhờ giá phân bón và xăng dầu tăng.'
			]).commitments
		).toEqual([]);
	});

	it('keeps a target to raise the figure ("phấn đấu để kim ngạch … sẽ đạt")', () => {
		expect(
			run([
				'Hai bên nhất trí phấn đấu để kim ngạch thương mại song phương sẽ đạt 3 tỷ USD vào năm 2026.'
			]).commitments
		).toHaveLength(1);
	});
});

describe('targets and proposals', () => {
	it('reads "tăng từ 12 - 15%" as a range, so the next goal is a step of its own', () => {
		const out = run([
			'Năm 2025, hai nước sẽ phấn đấu đưa kim ngạch thương mại tăng từ 12 - 15% so với năm 2024 và hướng tới mục tiêu 4 tỷ USD.'
		]);
		expect(out.commitments.map((c) => [c.target_value, c.target_value_max, c.unit])).toEqual([
			['12', '15', '%'],
			['4000000000', null, 'USD']
		]);
	});

	it("makes every piece of one leader's proposal a proposal, however it is worded", () => {
		expect(
			run([
				'Chủ tịch nước đề nghị hai bên cần đẩy mạnh hợp tác kinh tế, tiếp tục triển khai các dự án kết nối giao thông; thúc đẩy hợp tác năng lượng, phấn đấu đưa kim ngạch thương mại lên 5 tỷ USD trong những năm tới.'
			]).commitments
		).toEqual([]);
	});

	it("keeps the other side's pledge in answer to the proposal", () => {
		expect(
			quotesOf(
				run([
					'Tổng Bí thư đề nghị hai bên cần tháo gỡ vướng mắc cho các dự án đầu tư, phấn đấu sớm hoàn thành các dự án kết nối.',
					'Thủ tướng Lào khẳng định sẽ chỉ đạo các bộ, ngành giải quyết dứt điểm khó khăn cho doanh nghiệp Việt Nam.'
				])
			)
		).toEqual([
			'Thủ tướng Lào khẳng định sẽ chỉ đạo các bộ, ngành giải quyết dứt điểm khó khăn cho doanh nghiệp Việt Nam'
		]);
	});

	it('reads "đề nghị các cơ quan … của hai nước" as a proposal, not an instruction at home', () => {
		expect(
			run([
				'Thứ trưởng đề nghị các cơ quan, địa phương liên quan của hai nước tiếp tục đầu tư nâng cấp hạ tầng cửa khẩu Nam Giang - Đác Tà Oóc.'
			]).commitments
		).toEqual([]);
		// A minister instructing his own agencies still counts.
		expect(
			run([
				'Bộ trưởng đề nghị các cơ quan liên quan khẩn trương hoàn thiện hồ sơ nâng cấp cửa khẩu Nam Giang với Lào.'
			]).commitments
		).toHaveLength(1);
	});

	it('drops one speaker\'s opinion ("tôi cho rằng hai bên cần …") but keeps "hai bên cần …"', () => {
		expect(
			run([
				'Theo tôi, hai bên cần tập trung triển khai hiệu quả Kế hoạch hợp tác quốc phòng năm 2025 giữa hai nước.'
			]).commitments
		).toEqual([]);
		expect(
			run([
				'Hai bên cần tập trung triển khai hiệu quả Kế hoạch hợp tác quốc phòng năm 2025 giữa hai Bộ Quốc phòng Việt Nam và Lào.'
			]).commitments
		).toHaveLength(1);
	});
});

describe('what a passage is about', () => {
	it('drops what an occasion is for ("đây là dịp để hai nước rà soát …")', () => {
		expect(
			run([
				'Thủ tướng Lào sẽ thăm chính thức Việt Nam và đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.',
				'Đồng thời, đây là dịp để hai nước rà soát, đánh giá kết quả triển khai các thỏa thuận cấp cao, các hiệp định hợp tác giữa hai Chính phủ đạt được tại kỳ họp lần thứ 46.'
			]).commitments
		).toEqual([]);
	});

	it('drops documents reported as signed with a light verb ("đã thực hiện ký kết … gồm: …")', () => {
		expect(
			run([
				'Trong lĩnh vực năng lượng, lãnh đạo hai nước đã thực hiện ký kết một số thỏa thuận gồm: Biên bản ghi nhớ năm 2016 về hợp tác đầu tư các dự án thủy điện tại Lào; Hiệp định năm 2019 về hợp tác phát triển các công trình điện.'
			]).commitments
		).toEqual([]);
	});

	it('drops an opening called an important event (kept as a guard)', () => {
		expect(
			run([
				'Ông nhấn mạnh, việc khai trương cặp cửa khẩu Nậm Cắn - Nặm Cắn mới là sự kiện quan trọng, tạo thuận lợi cho giao thương giữa hai tỉnh Nghệ An và Xiêng Khoảng của Lào.'
			]).commitments
		).toEqual([]);
	});

	it('reads cross-border payment work as concrete ("triển khai thanh toán cho du khách Lào")', () => {
		const out = run([
			'Thời gian tới, công ty thanh toán quốc gia sẽ phối hợp với đối tác Lào triển khai thanh toán cho du khách Lào khi sang Việt Nam.'
		]);
		expect(out.commitments).toHaveLength(1);
		// How a launched service works is not work undertaken.
		expect(
			run([
				'Giao dịch của du khách Lào sẽ được thực hiện bằng đồng tiền của hai nước và quy đổi theo tỷ giá trong ngày.'
			]).commitments
		).toEqual([]);
	});

	it('does not read "Công ty cổ phần" as a deal in shares', () => {
		const out = run([
			'Tại tỉnh Sê Kông của Lào, Công ty cổ phần Điện Trường Sơn đang phát triển dự án thủy điện Nậm Pha công suất 110MW, dự kiến bán điện về Việt Nam từ năm 2028.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]).toMatchObject({ sector: 'energy', target_year: 2028 });
	});
});

describe('classes real coverage uses outside the "nhất trí" frame', () => {
	it('reads every bare-verb item under one agenda head', () => {
		const out = extractBlocks(
			'vi',
			[
				'Tại kỳ họp, hai bên thống nhất các nhiệm vụ trọng tâm năm 2025 gồm:',
				'- Đẩy nhanh tiến độ xây dựng cầu qua sông Sê Pôn.',
				'- Hoàn thiện thủ tục mở cặp cửa khẩu phụ Bản Mới - Bản Đen.',
				'- Tăng số suất học bổng dành cho sinh viên Lào lên 1.200 suất.'
			],
			'2024-12-20',
			'\n',
			'Tiêu đề bài viết'
		);
		expect(out.commitments).toHaveLength(3);
	});

	it('reads a purpose clause naming a goal, without taking the goal for a result', () => {
		const out = run([
			'Để sớm hoàn thành mục tiêu đưa kim ngạch thương mại Việt Nam - Lào lên 5 tỷ USD, hai nước sẽ đẩy mạnh kết nối hạ tầng và thương mại biên giới.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.cues).not.toContain('vi:target-met');
		expect(out.commitments[0]).toMatchObject({ target_value: '5000000000', unit: 'USD' });
	});

	it('reads named projects "đang được thúc đẩy" and a modal "hai bên cần …"', () => {
		expect(
			run([
				'Các dự án trọng điểm như tuyến cao tốc Hà Nội - Vientiane và đường sắt Vientiane - Vũng Áng đang được thúc đẩy triển khai.'
			]).commitments
		).toHaveLength(2);
		expect(
			run([
				'Hai bên cần khẩn trương hoàn thiện thủ tục để sớm khởi công nhà máy thủy điện Nậm Sum trong năm 2026 và bán điện về Việt Nam.'
			]).commitments
		).toHaveLength(1);
	});
});

describe('results worded with "duy trì" (unseen-page check, issue #12)', () => {
	it('reads a rank or a growth kept as a result, and lets the sentence after it inherit nothing', () => {
		expect(
			run([
				'Năm qua, hợp tác kinh tế có nhiều điểm sáng, như vốn đầu tư của Việt Nam tại Lào tiếp tục duy trì vị trí thứ 2 với hơn 5 tỷ USD. Đặc biệt, nhờ sự chỉ đạo sát sao của hai Chính phủ, nhiều công trình hợp tác Việt Nam - Lào đã có bước tiến rõ rệt như bến cảng Vũng Áng, cầu Hữu nghị Thanh Thủy.'
			]).commitments
		).toEqual([]);
		expect(
			run([
				'Dù xuất khẩu của Việt Nam sang thị trường Lào vẫn duy trì được đà tăng trưởng, buôn bán giữa hai nước nhìn chung đang giảm.'
			]).commitments
		).toEqual([]);
	});

	it('still reads a mechanism or a position the two sides agree to keep', () => {
		expect(
			run([
				'Bộ Giáo dục Việt Nam và Bộ Giáo dục Lào nhất trí tiếp tục duy trì cơ chế họp thường niên giữa hai bộ.'
			]).commitments
		).toHaveLength(1);
		expect(
			run([
				'Hai bên sẽ duy trì vị thế của tuyến vận tải qua cảng Vũng Áng đối với hàng hóa của Lào.'
			]).commitments
		).toHaveLength(1);
	});
});

describe('a forecast figure and its growth (unseen-page check, issue #12)', () => {
	it('makes no target of the growth that follows a forecast figure', () => {
		const out = run(
			[
				'Theo đà hiện nay, dự kiến cả năm 2024 kim ngạch buôn bán hai chiều Việt Nam - Lào sẽ đạt chừng 2,1 tỷ USD, tăng chừng 12% so với năm 2023.'
			],
			'2024-10-05'
		);
		expect(out.commitments).toEqual([]);
		expect(obs(out)).toEqual([]);
	});

	it('still reads both steps of a target the sides set for the figure', () => {
		expect(
			run([
				'Hai bên phấn đấu để kim ngạch thương mại Việt Nam - Lào sẽ đạt 3 tỷ USD vào năm 2026, tăng 15% mỗi năm.'
			]).commitments.length
		).toBeGreaterThanOrEqual(1);
	});
});

describe("a multi-year look-back after a sentence on the pair's trade (unseen-page check, issue #12)", () => {
	it('reads each year\'s figure that names only "kim ngạch" or "năm … đạt" as that year\'s trade', () => {
		const out = run(
			[
				'Quan hệ thương mại Việt Nam - Lào tăng trưởng đều đặn suốt hơn một thập kỷ qua. Năm 2011, kim ngạch thương mại hai chiều giữa hai nước mới đạt 690 triệu USD.',
				'Năm 2012, kim ngạch đạt 850 triệu USD, tăng 23%. Năm 2013 đạt 1,05 tỷ USD; năm 2014 đạt 1,28 tỷ USD.'
			],
			'2015-04-02'
		);
		expect(obs(out)).toEqual([
			[2011, '690000000', 'full_year', null],
			[2012, '850000000', 'full_year', 23],
			[2013, '1050000000', 'full_year', null],
			[2014, '1280000000', 'full_year', null]
		]);
		expect(out.commitments).toEqual([]);
	});

	it("leaves a year's figure that is one country's exports or another pair's trade", () => {
		const out = run(
			[
				'Kim ngạch thương mại song phương Việt Nam - Lào năm 2013 đạt 1,05 tỷ USD. Năm 2014, xuất khẩu của Việt Nam sang Lào đạt 560 triệu USD.',
				'Trong khi đó, kim ngạch thương mại giữa Lào và Thái Lan năm 2013 đạt 4 tỷ USD. Năm 2014, kim ngạch đạt 4,2 tỷ USD.',
				'Thương mại hai chiều Việt Nam - Lào năm 2015 đạt 1,2 tỷ USD. Năm 2016, kim ngạch với Thái Lan đạt 4,5 tỷ USD.'
			],
			'2017-04-02'
		);
		expect(obs(out)).toEqual([
			[2013, '1050000000', 'full_year', null],
			[2015, '1200000000', 'full_year', null]
		]);
	});

	it('needs the sentence before to be about the two-way trade', () => {
		const out = run(
			[
				'Kim ngạch xuất khẩu của Việt Nam sang Lào năm 2013 đạt 520 triệu USD. Năm 2014 đạt 560 triệu USD.',
				'Vốn đầu tư của Việt Nam vào Lào tăng mạnh. Năm 2014, kim ngạch đạt 400 triệu USD.'
			],
			'2015-04-02'
		);
		expect(obs(out)).toEqual([]);
	});
});

describe("a lead's figure repeated in the body (unseen-page check, issue #12)", () => {
	it('counts the same value for the same period and year once', () => {
		const out = run(
			[
				'Năm 2023, kim ngạch thương mại hai chiều Việt Nam - Lào đạt 1,65 tỷ USD, tăng 21% so với năm 2022, mức cao nhất từ trước tới nay.',
				'Đại sứ cho biết thêm, hai nước đang chuẩn bị kỳ họp Ủy ban liên Chính phủ.',
				'Theo số liệu của Tổng cục Hải quan, trao đổi thương mại giữa Việt Nam và Lào năm 2023 đạt 1,65 tỷ USD.'
			],
			'2024-02-10'
		);
		expect(obs(out)).toEqual([[2023, '1650000000', 'full_year', 21]]);
	});

	it('keeps a figure stated twice further down the body, as the seeds annotate it', () => {
		const out = run(
			[
				'Hai nước đang chuẩn bị kỳ họp Ủy ban liên Chính phủ cuối năm nay.',
				'Năm 2023, kim ngạch thương mại hai chiều Việt Nam - Lào đạt 1,65 tỷ USD.',
				'Phát biểu bế mạc, Bộ trưởng nhắc lại: năm 2023, kim ngạch thương mại song phương Việt Nam - Lào đạt 1,65 tỷ USD.'
			],
			'2024-02-10'
		);
		expect(obs(out)).toHaveLength(2);
	});

	it('keeps the same value when the period or the year differs', () => {
		const out = run(
			[
				'Trong 6 tháng đầu năm 2023, kim ngạch thương mại hai chiều Việt Nam - Lào đạt 800 triệu USD.',
				'Cả năm 2022, kim ngạch thương mại song phương Việt Nam - Lào cũng đạt 800 triệu USD.'
			],
			'2023-07-10'
		);
		expect(obs(out)).toEqual([
			[2023, '800000000', 'M1-M6', null],
			[2022, '800000000', 'full_year', null]
		]);
	});
});
