/**
 * Retold events, held meetings, firm news, Lao domestic news, quoted beliefs and fragments (issue #12, the
 * 2026-12-03 evening round; docs/extraction.md "Retold events, firm news, fragments"), and the recall rules of
 * the same round (a third country in one piece of a list, "hoàn tất"). Every sentence here is written for this
 * file, not taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { extractVi, quotesOf } from '../helpers/extract';
import { firmAlone, firmGift, heldEvent, retoldPast } from '../../src/lib/server/extract/retold';

describe('events retold from before the news', () => {
	it('drops an agreement told with "Trước đó", "Cách đây 55 năm" or an old date', () => {
		for (const sentence of [
			'Trước đó, tại kỳ họp tháng 3, hai bên đã thống nhất đẩy nhanh tiến độ xây dựng tuyến đường cao tốc Hà Nội - Viêng Chăn.',
			'Cách đây 55 năm, hai nước thống nhất thiết lập quan hệ ngoại giao và ký Hiệp định hợp tác kinh tế, văn hóa.',
			'Năm 2012, hai chính phủ thống nhất xây dựng tuyến đường nối cảng Vũng Áng với tỉnh Khăm Muộn.',
			'Hồi tháng 3/2016, hai bộ trưởng đã nhất trí mở thêm hai cặp cửa khẩu quốc tế trên biên giới Việt Nam - Lào.'
		])
			expect(quotesOf(extractVi([sentence])), sentence).toEqual([]);
	});

	it("drops last year's result told with a continuation cue, keeps last year's agreement", () => {
		expect(
			quotesOf(
				extractVi(
					[
						'Năm 2018, tỉnh Nghệ An tiếp tục trích 20 tỷ đồng từ ngân sách giúp tỉnh Xiêng Khoảng xây dựng trường học.'
					],
					'2019-01-10'
				)
			)
		).toEqual([]);
		const out = extractVi(
			[
				'Trong năm 2018, hai bên thống nhất tập trung thực hiện tốt các thỏa thuận cấp cao, phấn đấu kim ngạch thương mại tăng 10%.'
			],
			'2019-01-10'
		);
		expect(out.commitments.length).toBeGreaterThan(0);
	});

	it('keeps a retold agreement whose deadline is still ahead, and a schedule announced with "sẽ"', () => {
		expect(
			extractVi([
				'Trước đó, hai bên đã thống nhất hoàn thành việc tăng dày cột mốc biên giới trong năm 2020.'
			]).commitments
		).toHaveLength(1);
		expect(retoldPast('Truoc do, hai ben se ', 'Truoc do, hai ben se to chuc …', 2019, true)).toBe(
			false
		);
	});

	it('reads an undated article by the latest year it names', () => {
		const out = extractVi(
			[
				'Năm 2013, hai chính phủ thống nhất xây dựng tuyến đường nối cảng Vũng Áng với tỉnh Khăm Muộn.',
				'Kim ngạch thương mại năm 2018 đạt 1,1 tỷ USD.'
			],
			null
		);
		expect(quotesOf(out)).toEqual([]);
	});

	it('retoldPast: two years back is history, the article year is news', () => {
		const s = 'Nam 2015, hai ben thong nhat xay dung cau.';
		expect(retoldPast('Nam 2015, hai ben ', s, 2019, true)).toBe(true);
		expect(retoldPast('Nam 2019, hai ben ', s.replace('2015', '2019'), 2019, true)).toBe(false);
		expect(retoldPast('Nam 2018, hai ben ', s.replace('2015', '2018'), 2019, true)).toBe(false);
		expect(retoldPast('Nam 2018, tinh ', s.replace('2015', '2018'), 2019, false)).toBe(true);
	});
});

describe('events already held', () => {
	it('drops a meeting reported as held, keeps what was agreed at it', () => {
		expect(
			quotesOf(
				extractVi([
					'Hội nghị sơ kết hợp tác giáo dục Việt Nam - Lào đã diễn ra sáng 12/4 tại Hà Nội nhằm tiếp tục thúc đẩy đào tạo nguồn nhân lực.'
				])
			)
		).toEqual([]);
		expect(
			extractVi([
				'Sáng 26/6, Hội nghị hợp tác đầu tư Việt Nam - Lào lần thứ 3 đã diễn ra tại Viêng Chăn, hai bên thống nhất thúc đẩy đầu tư vào năng lượng.'
			]).commitments
		).toHaveLength(1);
	});

	it('heldEvent looks for an agreement after the report', () => {
		const t = 'Hoi nghi da dien ra tai Ha Noi, hai ben thong nhat mo rong dao tao';
		expect(heldEvent(t, [])).toBe(true);
		expect(heldEvent(t, [t.indexOf('thong nhat')])).toBe(false);
	});
});

describe('a firm alone', () => {
	it("drops a bank's branch or a company's gift with no government party", () => {
		for (const sentence of [
			'Ngân hàng Bưu Điện sẽ mở thêm chi nhánh tại tỉnh Champasak của Lào trong năm nay để phục vụ doanh nghiệp Việt Nam.',
			'Công ty cổ phần Minh Phát sẽ tiếp tục mở rộng mạng lưới cửa hàng tại Viêng Chăn của Lào trong năm nay.'
		])
			expect(quotesOf(extractVi([sentence])), sentence).toEqual([]);
	});

	it("keeps a firm's figure, its project's schedule, and a firm working with a ministry", () => {
		for (const sentence of [
			'Tập đoàn Hưng Phát cam kết đầu tư thêm 80 triệu USD vào các trang trại cà phê tại tỉnh Champasak của Lào trong năm tới.',
			'Công ty Điện lực Sê Xu dự kiến hoàn thành nhà máy thủy điện Nậm Xu ở Lào vào năm 2022 để bán điện về Việt Nam.',
			'Tập đoàn Viễn thông Sao Mai sẽ phối hợp với Bộ Bưu chính Lào triển khai mạng cáp quang nối Viêng Chăn với Hà Nội.'
		])
			expect(extractVi([sentence]).commitments.length, sentence).toBeGreaterThan(0);
	});

	it("drops a firm's gift told in the passive, keeps one a ministry arranges", () => {
		expect(
			quotesOf(
				extractVi([
					'Ngoài ra, đoàn tình nguyện cũng được công ty Hoa Sen hỗ trợ xây dựng hai phòng học cho trẻ em tại tỉnh Salavan của Lào.'
				])
			)
		).toEqual([]);
		expect(
			firmGift(
				'duoc cong ty Hoa Sen ho tro xay dung nha van hoa',
				'Bo Giao duc cho biet doan se duoc cong ty Hoa Sen ho tro xay dung nha van hoa'
			)
		).toBe(false);
	});

	it('firmAlone reads the subject and the whole sentence', () => {
		expect(firmAlone('Ngan hang A ', 'Ngan hang A se mo chi nhanh', false)).toBe(true);
		expect(firmAlone('Ngan hang A ', 'Ngan hang A se mo chi nhanh', true)).toBe(false);
		expect(firmAlone('Cong ty B ', 'Cong ty B se phoi hop voi Bo Cong Thuong', false)).toBe(false);
		expect(firmAlone('Cong ty B ', 'Cong ty B se mo rong kinh doanh', false)).toBe(true);
	});
});

describe('Lao domestic news and quoted beliefs', () => {
	it('drops the Lao state acting at home even after a sentence naming Vietnam', () => {
		for (const pair of [
			[
				'Việt Nam là nhà đầu tư lớn thứ ba tại Lào.',
				'Chính phủ Lào đặt mục tiêu tăng trưởng GDP 7% trong năm 2019 và giảm tỷ lệ hộ nghèo xuống dưới 10%.'
			]
		])
			expect(quotesOf(extractVi(pair)), pair[1]).toEqual([]);
	});

	it('keeps a Lao body that brings Vietnam in', () => {
		expect(
			extractVi([
				'Bộ Kế hoạch và Đầu tư Lào sẽ tạo điều kiện thuận lợi cho các doanh nghiệp Việt Nam đầu tư vào các đặc khu kinh tế.'
			]).commitments
		).toHaveLength(1);
	});

	it('drops a belief about what will happen', () => {
		for (const sentence of [
			'“Tôi tin hai nước sẽ sớm hoàn thành tuyến đường cao tốc Hà Nội - Viêng Chăn”, ông nói.',
			'Ông cho rằng hai nước sẽ sớm đạt mục tiêu kim ngạch thương mại 5 tỷ USD.'
		])
			expect(quotesOf(extractVi([sentence])), sentence).toEqual([]);
	});
});

describe('fragments and anniversaries', () => {
	it('drops a bare instrument clause and a meeting particulars list', () => {
		expect(
			quotesOf(
				extractVi([
					'Hai bên nhất trí chỉ đạo các bộ, ngành triển khai các tuyên bố chung và các thỏa thuận cấp cao; hiệp định hợp tác giữa hai chính phủ và các kế hoạch hợp tác giữa hai bên.'
				])
			)
		).not.toContain('hiệp định hợp tác giữa hai chính phủ và các kế hoạch hợp tác giữa hai bên');
		expect(
			quotesOf(
				extractVi([
					'Hai bên thống nhất các vấn đề sau: thời gian, địa điểm, thành phần và nội dung của Hội nghị hợp tác đầu tư.'
				])
			)
		).toEqual([]);
	});

	it('keeps a capitalised agreement listed under "triển khai"', () => {
		const out = extractVi([
			'Hai nước sẽ triển khai Nghị định thư về phân giới cắm mốc, Hiệp định về Quy chế quản lý cửa khẩu biên giới.'
		]);
		expect(out.commitments.length).toBeGreaterThan(0);
	});

	it('does not take approaching an anniversary for a target', () => {
		expect(
			quotesOf(
				extractVi([
					'Năm nay, hai nước đang hướng tới kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào.'
				])
			)
		).toEqual([]);
	});
});

describe('recall: a third country in one piece of a list, "hoàn tất"', () => {
	it('keeps the Vietnam–Laos piece of a list that names China and Cambodia in other pieces', () => {
		for (const sentence of [
			'Năm tới, Việt Nam cần thực hiện tốt việc quản lý đường biên với Trung Quốc, hoàn thành việc cắm bổ sung các cột mốc trên biên giới Việt Nam - Lào, phối hợp với Campuchia sớm hoàn tất phân giới.',
			'Năm tới, Việt Nam cần hoàn tất việc cắm bổ sung các cột mốc trên biên giới Việt Nam - Lào, thực hiện tốt việc quản lý đường biên với Trung Quốc.'
		]) {
			const q = quotesOf(extractVi([sentence]));
			expect(q, sentence).toHaveLength(1);
			expect(q[0]).toContain('Việt Nam - Lào');
			expect(q[0]).not.toContain('Trung Quốc');
			expect(q[0]).not.toContain('Campuchia');
		}
	});
});
