/**
 * Precision rules from reading random items of the imported corpus as an analyst (issue #12):
 * crime reports, negated agreement, conditions, statements of what something "is", past dates,
 * third parties and signings. Every sentence here is written for this file, not taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

function run(
	language: 'vi' | 'en',
	paragraphs: string[],
	published: string | null = '2019-05-20',
	headline = 'Tiêu đề'
): Extraction {
	return extractBlocks(language, paragraphs, published, '\n\n', headline);
}

const quotes = (out: Extraction): string[] => out.commitments.map((c) => c.quote);

describe('crime reports', () => {
	const report = [
		'Rạng sáng 12/4, tổ công tác của Công an tỉnh bắt giữ hai đối tượng đang vận chuyển 20.000 viên ma túy tổng hợp từ Lào về Việt Nam.',
		'Tại cơ quan điều tra, hai đối tượng khai nhận được một người đàn ông thuê chở ma túy qua biên giới.',
		'Người này hứa sẽ trả cho mỗi đối tượng 8 triệu đồng sau mỗi chuyến hàng.',
		'Hiện Công an tỉnh đang tiếp tục điều tra, làm rõ vai trò của từng đối tượng trong vụ án.'
	];

	it('does not take what a courier was promised or what the police still investigate as commitments', () => {
		expect(run('vi', report).commitments).toEqual([]);
	});

	it('keeps a border force pledging to work with Laos against the traffic in the same report', () => {
		const out = run('vi', [
			...report,
			'Bộ đội Biên phòng tỉnh sẽ tăng cường phối hợp với lực lượng chức năng của tỉnh Hủa Phăn (Lào) để triệt phá các đường dây ma túy xuyên biên giới.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.quote).toContain(
			'phối hợp với lực lượng chức năng của tỉnh Hủa Phăn'
		);
	});
});

describe('negation', () => {
	it('does not take agreement that was refused or not yet reached as a commitment', () => {
		expect(
			run('vi', [
				'Nhà đầu tư đề nghị mua lại nhà máy xi măng ở Lào, nhưng phía đối tác không đồng ý.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Hai bên vẫn chưa thống nhất được mức giá mua điện của nhà máy thủy điện ở tỉnh Sê Kông.'
			]).commitments
		).toEqual([]);
	});
});

describe('what something "is"', () => {
	it('does not take a statement of what a result or a sacrifice is as a commitment', () => {
		expect(
			run('vi', [
				'Theo Đại tá Khăm Phon, những gì đoàn học được ở tỉnh Thanh Hóa là kinh nghiệm thực tiễn quý báu để các sĩ quan Lào tiếp tục nghiên cứu, vận dụng nhằm nâng cao chất lượng công tác quốc phòng, quân sự địa phương.'
			]).commitments
		).toEqual([]);
	});

	it('does not take going on saying something ("tiếp tục khẳng định: …") as a reaffirmed undertaking', () => {
		expect(
			run('vi', [
				'Phát biểu tại lễ, đại diện tỉnh bạn tiếp tục khẳng định: sự giúp đỡ của quân tình nguyện và chuyên gia Việt Nam trong xây dựng trường học, bệnh viện ở tỉnh là tài sản quý mà nhân dân Lào đời đời ghi nhớ.'
			]).commitments
		).toEqual([]);
	});

	it('does not read a place named "Sê …" as "sẽ" (will)', () => {
		expect(
			run('vi', [
				'Bộ đội biên phòng tuần tra trên sông Sê Pôn, ngăn chặn người vượt biên trái phép.'
			]).commitments
		).toEqual([]);
	});

	it('still takes a goal or a task stated with "là"', () => {
		expect(
			run('vi', [
				'Mục tiêu của hai nước là đưa kim ngạch thương mại song phương lên 3 tỷ USD vào năm 2025.'
			]).commitments
		).toHaveLength(1);
		expect(
			run('vi', [
				'Nhiệm vụ của hai bên trong năm tới là hoàn thành tuyến đường nối tỉnh Quảng Trị với tỉnh Savannakhet.'
			]).commitments
		).toHaveLength(1);
	});
});

describe('past dates', () => {
	it('does not take a start or completion dated years before the article as a commitment', () => {
		expect(
			run(
				'vi',
				[
					'Chợ biên giới do tỉnh Hà Tĩnh đầu tư được khởi công vào tháng 3-2009 và hoàn thành vào năm 2011 để phục vụ cư dân hai bên biên giới Việt - Lào.'
				],
				'2019-05-20'
			).commitments
		).toEqual([]);
		expect(
			run(
				'vi',
				[
					'Nhà máy phân bón của doanh nghiệp Việt Nam tại Lào được khởi công xây dựng vào tháng 9-2014, có công suất 500.000 tấn mỗi năm.'
				],
				null
			).commitments
		).toEqual([]);
	});

	it('keeps a start planned for a later date', () => {
		expect(
			run('vi', [
				'Hai bên thống nhất khởi công xây dựng cầu qua sông biên giới nối hai tỉnh vào tháng 3-2020.'
			]).commitments
		).toHaveLength(1);
		expect(
			run(
				'vi',
				[
					'Cầu biên giới nối hai tỉnh Việt - Lào sẽ được khởi công vào tháng 3-2020 với kinh phí do Việt Nam tài trợ.'
				],
				'2019-05-20'
			).commitments
		).toHaveLength(1);
	});
});

describe('third parties', () => {
	it('drops a deal of ASEAN and the United States, or one paid for by Germany', () => {
		expect(
			run('vi', [
				'Ngoại trưởng các nước ASEAN và Ngoại trưởng Mỹ nhất trí đẩy mạnh hợp tác an ninh mạng và chống khủng bố trong khu vực, trong đó có Lào.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Khoản viện trợ của phía Đức sẽ giúp Ủy hội sông Mê Kông hoàn thành bộ dữ liệu về nguồn nước cho Lào và Việt Nam vào năm 2021.'
			]).commitments
		).toEqual([]);
	});

	it('drops what the leaders of another pair named in short ("Việt - Trung", "Việt - Mỹ") said should be done', () => {
		for (const pair of ['Việt - Trung', 'Việt - Mỹ', 'Việt-Nhật'])
			expect(
				run('vi', [
					`Trong năm nay, lãnh đạo cấp cao ${pair} nhất trí tăng cường kết nối giao thông, thời gian tới cần thực hiện tốt việc này.`
				]).commitments,
				pair
			).toEqual([]);
		expect(
			run('vi', [
				'Trong năm nay, lãnh đạo cấp cao Việt - Lào nhất trí tăng cường kết nối giao thông giữa hai nước.'
			]).commitments
		).toHaveLength(1);
	});

	it('drops "hai bên" in an article whose headline pairs a third party and not Laos', () => {
		const out = run(
			'vi',
			[
				'Hội nghị được tổ chức tại Viêng Chăn, thủ đô của Lào.',
				'Hai bên nhất trí tăng cường hợp tác thương mại, đầu tư và phát triển nguồn nhân lực.'
			],
			'2019-05-20',
			'Việt Nam và Campuchia thúc đẩy hợp tác kinh tế'
		);
		expect(out.commitments).toEqual([]);
	});

	it('keeps "hai bên" in an article whose headline is about Laos', () => {
		const out = run(
			'vi',
			[
				'Hội nghị được tổ chức tại Viêng Chăn, thủ đô của Lào.',
				'Hai bên nhất trí tăng cường hợp tác thương mại, đầu tư và phát triển nguồn nhân lực.'
			],
			'2019-05-20',
			'Việt Nam và Lào thúc đẩy hợp tác kinh tế'
		);
		expect(out.commitments).toHaveLength(1);
	});
});

describe('signings', () => {
	it('does not take documents to be signed at a session as a commitment', () => {
		expect(
			run('vi', ['Tại kỳ họp năm nay, hai bên cũng sẽ ký kết một số văn kiện hợp tác quan trọng.'])
				.commitments
		).toEqual([]);
	});
});

describe('alternatives in a list', () => {
	it('does not make an "or" item that is only a place name its own commitment', () => {
		const out = run('vi', [
			'Bộ Công Thương đang nghiên cứu hai phương án nối lưới điện với Lào qua cửa khẩu Lao Bảo (Quảng Trị), hoặc cửa khẩu Cha Lo (Quảng Bình).'
		]);
		expect(quotes(out).filter((q) => q.startsWith('hoặc'))).toEqual([]);
	});
});

describe("a firm's business and events", () => {
	it("does not take a bank's services or its target customers as a pledge between the countries", () => {
		expect(
			run('vi', [
				'Trong năm tới, chi nhánh ngân hàng tại Viêng Chăn sẽ ra mắt thêm nhiều gói dịch vụ tài chính cho doanh nghiệp và cá nhân Lào.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Chúng tôi cũng sẽ tập trung tiếp cận các doanh nghiệp lớn của Lào trong lĩnh vực năng lượng và khai khoáng.'
			]).commitments
		).toEqual([]);
	});

	it('does not take the booths of a fair or a live broadcast as undertakings', () => {
		expect(
			run('vi', [
				'Tại hội chợ ở Viêng Chăn, hơn 80 gian hàng của doanh nghiệp hai nước sẽ giới thiệu nông sản và hàng thủ công.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Buổi giao lưu của Chủ tịch Quốc hội với sinh viên Lào sẽ được truyền trực tiếp trên sóng truyền hình quốc gia.'
			]).commitments
		).toEqual([]);
	});
});

describe('Vietnam paired with a country no list names', () => {
	it('drops a passage about the relations of Vietnam and another country', () => {
		expect(
			run('vi', [
				'Hai bên nhất trí thúc đẩy quan hệ Việt Nam - Italy, mở rộng hợp tác đầu tư vào năng lượng tái tạo tại Lào.'
			]).commitments
		).toEqual([]);
	});
});

describe('praise, openings, volunteers and disasters', () => {
	it('does not take a pledge to nurture the relationship as an undertaking', () => {
		expect(
			run('vi', [
				'Đại diện Bộ Quốc phòng Lào khẳng định, các thế hệ sĩ quan, chiến sĩ Quân đội nhân dân Lào sẽ làm hết sức mình để giữ gìn, vun đắp và bảo vệ quan hệ đặc biệt với Quân đội nhân dân Việt Nam.'
			]).commitments
		).toEqual([]);
	});

	it("does not take a firm's opening of a subsidiary, and what it hopes for, as a commitment", () => {
		expect(
			run('vi', [
				'Ngày 10-4, một ngân hàng thương mại của Việt Nam chính thức khai trương ngân hàng con tại Viêng Chăn với quyết tâm sẽ tài trợ vốn cho các dự án thủy điện và khai khoáng của doanh nghiệp Việt Nam ở Lào.'
			]).commitments
		).toEqual([]);
	});

	it('does not take a volunteer campaign with scholarships in it as a commitment', () => {
		expect(
			run('vi', [
				'Trong hai tháng hè, các bạn sẽ tiếp tục chương trình tiếp sức đến trường, giúp tân sinh viên Lào tìm chỗ ở, làm thủ tục nhập học và hỗ trợ 50 suất học bổng cho sinh viên khó khăn.'
			]).commitments
		).toEqual([]);
	});

	it('does not take help offered to rescuers at a dam collapse as a pledge', () => {
		expect(
			run('vi', [
				'Trong vụ vỡ đập thủy điện Xekaman 3 ở Lào, đoàn cứu hộ từ Việt Nam được nhiều người dân địa phương sẵn sàng giúp đỡ, dẫn đường vào vùng lũ.'
			]).commitments
		).toEqual([]);
	});
});
