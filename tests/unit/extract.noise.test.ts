/**
 * Noise classes from a corpus-wide sample of tracked items (issue #12, precision on unseen text): a head
 * count that makes a fragment look concrete, a firm's own business plan, a ministry's domestic act, a
 * completion narrated as history, a bare place or purpose fragment. Every sentence here is written for
 * this file, not taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { extractVi, quotesOf } from '../helpers/extract';

describe('a head count is not a target by itself', () => {
	it('does not keep a count of pupils or workers in a clause that undertakes nothing for them', () => {
		expect(
			quotesOf(
				extractVi([
					'Tại ngày hội biên giới sẽ có nhiều hoạt động: giao lưu văn nghệ; tặng xe đạp cho 16 em học sinh vượt khó (8 học sinh của Việt Nam và 8 học sinh của Lào); tặng cây giống cho các bản hai bên biên giới.'
				])
			).filter((q) => /học sinh/.test(q))
		).toEqual([]);
		expect(
			quotesOf(
				extractVi([
					'Đoàn cứu hộ cho biết, sau ba ngày tìm kiếm tại Lào, có 4 lao động mất liên lạc và 1 người Việt vẫn khỏe, rất mừng khi nghe tin sẽ sớm được đưa ra ngoài.'
				])
			)
		).toEqual([]);
	});

	it('keeps a count of people that is received, trained or sent', () => {
		for (const sentence of [
			'Việt Nam sẽ tiếp nhận 500 sinh viên Lào sang học tập trong năm học tới.',
			'Hai bên nhất trí đào tạo 300 cán bộ y tế cho các tỉnh Bắc Lào đến năm 2025.',
			'Hai bộ thống nhất tăng cường đưa 1.000 lao động Việt Nam sang làm việc tại các dự án nông nghiệp ở Lào.'
		])
			expect(quotesOf(extractVi([sentence])), sentence).toHaveLength(1);
	});
});

describe("a firm's own business plan", () => {
	it('does not take a subsidiary, a divestment, land sold to cut debt or a disbursement target as a commitment', () => {
		for (const paragraph of [
			'Ngân hàng Ngoại thương cho biết đang hoàn tất hồ sơ xin giấy phép tại Lào. Bên cạnh đó, với việc thành lập ngân hàng con 100% vốn tại Lào, ngân hàng sẽ mở rộng mạng lưới phục vụ doanh nghiệp Việt Nam đầu tư sang Lào.',
			'Tổng công ty Hóa chất Việt Nam đặt mục tiêu giải ngân khoảng 5.000 tỉ đồng cho dự án muối mỏ ở Lào trong giai đoạn 2016-2020, nhưng đến nay mới giải ngân được 1.200 tỉ đồng.',
			'Bộ Thông tin và Truyền thông đang tiếp tục chỉ đạo tập đoàn bưu chính khẩn trương hoàn tất thủ tục thoái vốn khỏi liên doanh viễn thông tại Lào.',
			'Theo kế hoạch năm nay, tập đoàn sẽ thu hẹp quy mô, chuyển nhượng 15.000 ha quỹ đất tại Lào để giảm bớt nợ vay ngân hàng.'
		])
			expect(quotesOf(extractVi([paragraph])), paragraph).toEqual([]);
	});

	it('keeps state parties who support a firm, agree on banks, or a firm building a line between the two countries', () => {
		for (const paragraph of [
			'Hai bên thống nhất đẩy nhanh tiến độ giải ngân vốn viện trợ không hoàn lại của Việt Nam cho các dự án tại Lào trong năm 2020.',
			'Chính phủ Lào cam kết tiếp tục hỗ trợ Tập đoàn Hóa chất Việt Nam tháo gỡ vướng mắc để sớm đưa dự án muối mỏ kali ở tỉnh Khăm Muồn vào vận hành.',
			'Tập đoàn Điện lực Việt Nam sẽ phối hợp với Công ty Điện lực Lào khẩn trương hoàn thành đường dây 500 kV nối hai nước trong năm 2020.',
			'Hai Thủ tướng nhất trí tạo điều kiện để ngân hàng của hai nước mở chi nhánh, ngân hàng con tại nước kia, phục vụ thanh toán thương mại song phương.'
		])
			expect(quotesOf(extractVi([paragraph])), paragraph).toHaveLength(1);
	});
});

describe('a route, means or purpose is the tail of the undertaking before it', () => {
	it('joins "…; góp phần …" to the undertaking it serves instead of making it an item of its own', () => {
		expect(
			quotesOf(
				extractVi([
					'Hai bên nhất trí tăng cường trao đổi kinh nghiệm quản lý biên giới; góp phần đạt mục tiêu chiến lược khoa học và công nghệ của Chính phủ Lào.'
				])
			)
		).toEqual([
			'Hai bên nhất trí tăng cường trao đổi kinh nghiệm quản lý biên giới; góp phần đạt mục tiêu chiến lược khoa học và công nghệ của Chính phủ Lào'
		]);
		const out = extractVi([
			'Thủ tướng Lào cho biết năm tới rất quan trọng với hai nước; nhất trí sẽ phối hợp với phía Việt Nam tổ chức trọng thể các hoạt động kỷ niệm; góp phần giáo dục sâu rộng cho thế hệ trẻ hai nước về truyền thống đoàn kết đặc biệt.'
		]);
		expect(quotesOf(out)).toHaveLength(1);
		expect(quotesOf(out)[0]).toMatch(/^nhất trí sẽ phối hợp .* góp phần giáo dục/);
	});

	it('keeps a sentence whose opening means phrase is followed by its own main clause', () => {
		expect(
			quotesOf(
				extractVi([
					'Thông qua kỳ họp lần này, hai bên nhất trí đẩy nhanh tiến độ nâng cấp cửa khẩu Nam Giang - Đắc Tà Oọc.'
				])
			)
		).toHaveLength(1);
	});
});

describe('a domestic act in an article framed by the friendship year', () => {
	const opening =
		'Sáng 12/5, Sở Khoa học và Công nghệ tỉnh khai trương trung tâm hỗ trợ đổi mới sáng tạo của tỉnh. Sự kiện nằm trong chuỗi hoạt động chào mừng Năm Đoàn kết hữu nghị Việt Nam - Lào 2017.';

	it("does not take a facility's or a province's own services after the year's name as Vietnam–Laos undertakings", () => {
		expect(
			quotesOf(
				extractVi([
					opening,
					'Trung tâm sẽ tư vấn công nghệ, kết nối vốn cho các doanh nghiệp nhỏ; tổ chức các khóa đào tạo về quản trị công nghệ cho doanh nghiệp trong tỉnh.'
				])
			)
		).toEqual([]);
	});

	it('keeps organising the year itself, and a sentence that names Laos', () => {
		expect(
			quotesOf(
				extractVi([
					'Hai bên nhất trí phối hợp tổ chức thật tốt các hoạt động của Năm Đoàn kết hữu nghị Việt Nam - Lào 2017.'
				])
			)
		).toHaveLength(1);
		expect(
			quotesOf(
				extractVi([
					opening,
					'Trung tâm sẽ phối hợp với Bộ Khoa học và Công nghệ Lào tổ chức các khóa đào tạo về chuyển giao công nghệ cho cán bộ Lào.'
				])
			)
		).toHaveLength(1);
	});
});

describe("one body's guidance at home", () => {
	it('does not take a ministry or province issuing guidance to its own agencies or firms as a commitment', () => {
		for (const paragraphs of [
			[
				'Bộ Tài chính đã lấy ý kiến Bộ Công Thương về thuế suất đường nhập khẩu từ Lào theo Hiệp định Thương mại Việt - Lào. Trên cơ sở đó, Bộ Tài chính sẽ có văn bản hướng dẫn nội dung này.'
			],
			[
				'Các doanh nghiệp xuất khẩu sang Lào gặp khó về thủ tục kiểm dịch.',
				'Sở Công Thương tỉnh sẽ sớm ban hành hướng dẫn cho doanh nghiệp trong tỉnh về thủ tục xuất khẩu hàng hóa sang Lào.'
			]
		])
			expect(quotesOf(extractVi(paragraphs)), paragraphs.join(' ')).toEqual([]);
	});

	it('keeps guidance issued by both parties or with the other side', () => {
		expect(
			quotesOf(
				extractVi([
					'Hai bộ sẽ ban hành hướng dẫn chung về thủ tục kiểm dịch tại các cặp cửa khẩu biên giới Việt Nam - Lào trong năm 2020.'
				])
			)
		).toHaveLength(1);
	});
});

describe('"nhất là …", "đặc biệt là …" single out part of the undertaking before them', () => {
	it('keeps the singled-out part in the undertaking it belongs to instead of making it an item', () => {
		expect(
			quotesOf(
				extractVi([
					'Hai bên thống nhất đẩy mạnh hợp tác về giáo dục, đặc biệt là nâng cấp các tuyến đường giao thông nối các tỉnh biên giới.'
				])
			)
		).toEqual([
			'Hai bên thống nhất đẩy mạnh hợp tác về giáo dục, đặc biệt là nâng cấp các tuyến đường giao thông nối các tỉnh biên giới'
		]);
	});

	it('does not take a bare agreement singled out after "; đặc biệt là" as an item of its own', () => {
		expect(
			quotesOf(
				extractVi([
					'Thứ trưởng đề nghị VTK cập nhật vào báo cáo các chủ trương của Chính phủ; đặc biệt là thỏa thuận kết nối năng lượng giữa hai Chính phủ Việt Nam - Lào.'
				])
			)
		).toEqual([]);
	});

	it('keeps a singled-out part that names a project or an agreement', () => {
		expect(
			quotesOf(
				extractVi([
					'Hai bên nhất trí tiếp tục hợp tác về năng lượng, nhất là dự án đường dây 500 kV Hòa Bình - Xam Nưa.'
				])
			)
		).toHaveLength(1);
		expect(
			quotesOf(
				extractVi([
					'Hai bên nhất trí đẩy mạnh hợp tác đầu tư; đặc biệt là triển khai Hiệp định Thương mại biên giới Việt Nam - Lào.'
				])
			)
		).toHaveLength(2);
	});
});

describe('a body saying it complies', () => {
	it('does not take "đang thực hiện đúng <an agreement>" as an undertaking', () => {
		for (const sentence of [
			'Công văn của Cục Hải quan tỉnh khẳng định đơn vị đang thực hiện đúng Nghị định thư về vận chuyển hàng hóa giữa hai nước.',
			'Chi cục trưởng cho biết đơn vị đang thực hiện theo đúng các quy định của Hiệp định vận tải đường bộ Việt Nam - Lào khi kiểm tra hàng.'
		])
			expect(quotesOf(extractVi([sentence])), sentence).toEqual([]);
	});

	it('keeps the ongoing implementation of an agreement and a pledge to comply', () => {
		for (const sentence of [
			'Hai bên đang thực hiện Hiệp định vận tải đường bộ Việt Nam - Lào sửa đổi và sẽ rà soát vào năm 2020.',
			'Hai bên cam kết thực hiện đúng Hiệp định Thương mại biên giới Việt Nam - Lào.'
		])
			expect(quotesOf(extractVi([sentence])), sentence).toHaveLength(1);
	});
});

describe('how a way of working works', () => {
	it('does not take a passive future that describes a model as an undertaking', () => {
		for (const sentence of [
			'Theo mô hình kiểm tra chung này, mọi phương tiện và hành khách qua cửa khẩu sẽ được hai bên làm thủ tục tại một điểm dừng duy nhất.',
			'Trong khi với cách làm mới, toàn bộ hàng hóa nhập cảnh sẽ được hải quan hai nước cùng kiểm tra một lần.'
		])
			expect(quotesOf(extractVi([sentence])), sentence).toEqual([]);
	});

	it('keeps an agreement to apply the model, and an undertaking under it with a figure', () => {
		for (const sentence of [
			'Hai bên thống nhất áp dụng mô hình kiểm tra một lần dừng tại tất cả các cặp cửa khẩu quốc tế trong năm 2020.',
			'Theo mô hình này, Việt Nam sẽ tiếp tục hỗ trợ Lào xây dựng 10 trạm kiểm soát liên hợp tại các cửa khẩu.'
		])
			expect(quotesOf(extractVi([sentence])), sentence).toHaveLength(1);
	});
});

describe('a commitment named as a noun', () => {
	it('does not take a schedule missed "đúng tiến độ cam kết" as a pledge made in the passage', () => {
		const sentence =
			'Thời gian qua, do khó khăn về vốn, việc xây dựng sân bay Nọng Khang đã không hoàn thành đúng tiến độ cam kết với Chính phủ Lào.';
		expect(quotesOf(extractVi([sentence]))).toEqual([]);
	});

	it('keeps a pledge that also names the schedule it keeps', () => {
		const sentence =
			'Tập đoàn cam kết sẽ hoàn thành sân bay Nọng Khang trước tháng 12/2020 theo đúng tiến độ cam kết với Chính phủ Lào.';
		expect(quotesOf(extractVi([sentence]))).toHaveLength(1);
	});
});
