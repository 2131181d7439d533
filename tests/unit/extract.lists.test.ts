/**
 * Agenda lists in real reports (issue #12, deliverable 3): the agreement cue stands once at the head and
 * every item after it is an undertaking, whether the items are bullet lines, numbers run into one
 * scraped line, "Một là / Hai là", labelled items ("b) Về kinh tế: …") or plain sentences opening with
 * a bare verb. Every sentence here is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

function run(lines: string[], separator = '\n'): Extraction {
	return extractBlocks('vi', lines, '2021-03-10', separator, 'Tiêu đề');
}

const quotes = (out: Extraction): string[] => out.commitments.map((c) => c.quote);

describe('numbered items run into one line', () => {
	it('reads "1. … 2. … 3. …" after a head as one item per number, quoted from its verb', () => {
		const out = run([
			'Trong năm tới, hai bên thống nhất tập trung vào các nhiệm vụ chủ yếu: 1. Mở rộng hợp tác đào tạo, tăng học bổng cho sinh viên Lào. 2. Phấn đấu kim ngạch buôn bán hai chiều năm tới tăng 15%. 3. Nâng cấp tuyến quốc lộ nối hai tỉnh Điện Biên và Phông Sa Lỳ. Cuộc họp kết thúc trong không khí thân mật.'
		]);
		expect(quotes(out)).toEqual([
			'Mở rộng hợp tác đào tạo, tăng học bổng cho sinh viên Lào',
			'Phấn đấu kim ngạch buôn bán hai chiều năm tới tăng 15%',
			'Nâng cấp tuyến quốc lộ nối hai tỉnh Điện Biên và Phông Sa Lỳ'
		]);
		expect(out.commitments.every((c) => c.cues.includes('vi:thong-nhat'))).toBe(true);
	});

	it('still ends a sentence at a figure of more than two digits followed by a full stop', () => {
		const out = run([
			'Hai bên thống nhất mở rộng hợp tác đào tạo cho sinh viên Lào đến năm 2025. Sau đó, đoàn đã thăm một trường học.'
		]);
		expect(quotes(out)).toEqual([
			'Hai bên thống nhất mở rộng hợp tác đào tạo cho sinh viên Lào đến năm 2025'
		]);
	});
});

describe('items that are plain sentences opening with a bare verb', () => {
	it('keeps the head governing every bare-verb sentence, not only the first', () => {
		const out = run([
			'Về phương hướng năm tới, hai bên thống nhất các nhiệm vụ trọng tâm như sau: Tăng cường hợp tác phòng chống tội phạm ma túy qua biên giới. Tháo gỡ vướng mắc cho các dự án đầu tư của doanh nghiệp Việt Nam tại Lào. Khuyến khích doanh nghiệp hai nước đầu tư vào nông nghiệp công nghệ cao. Nghiên cứu mở thêm đường bay thẳng giữa các tỉnh của hai nước. Buổi làm việc kết thúc lúc 17 giờ.'
		]);
		expect(quotes(out)).toEqual([
			'Tăng cường hợp tác phòng chống tội phạm ma túy qua biên giới',
			'Tháo gỡ vướng mắc cho các dự án đầu tư của doanh nghiệp Việt Nam tại Lào',
			'Khuyến khích doanh nghiệp hai nước đầu tư vào nông nghiệp công nghệ cao',
			'Nghiên cứu mở thêm đường bay thẳng giữa các tỉnh của hai nước'
		]);
		expect(out.commitments.map((c) => c.sector)).toEqual([
			'defense_security',
			'investment',
			'investment',
			'infrastructure'
		]);
	});

	it('does not carry a head past a sentence that is not an item', () => {
		const out = run([
			'Hai bộ nhất trí các giải pháp sau: Tháo gỡ vướng mắc cho các dự án đầu tư của doanh nghiệp Việt Nam tại Lào. Đoàn đã đi thăm khu công nghiệp. Khuyến khích doanh nghiệp là chủ trương lâu dài của tỉnh.'
		]);
		expect(quotes(out)).toEqual([
			'Tháo gỡ vướng mắc cho các dự án đầu tư của doanh nghiệp Việt Nam tại Lào'
		]);
	});
});

describe('labelled items keep the head of the list', () => {
	it("passes the head's agreement to every item even when an item has a label and cues of its own", () => {
		const out = run([
			'Hai bên nhất trí phương hướng hợp tác năm tới, cụ thể:',
			'a) Về kinh tế: phấn đấu kim ngạch buôn bán tăng 10%; đẩy nhanh tiến độ xây dựng cảng Vũng Áng.',
			'b) Về giáo dục: Việt Nam tiếp nhận 1.000 lưu học sinh Lào sang học tập.',
			'c) Về quốc phòng: sớm hoàn thành tăng dày và tôn tạo mốc quốc giới trên toàn tuyến biên giới.'
		]);
		expect(quotes(out)).toEqual([
			'phấn đấu kim ngạch buôn bán tăng 10%',
			'đẩy nhanh tiến độ xây dựng cảng Vũng Áng',
			'Việt Nam tiếp nhận 1.000 lưu học sinh Lào sang học tập',
			'sớm hoàn thành tăng dày và tôn tạo mốc quốc giới trên toàn tuyến biên giới'
		]);
		expect(out.commitments.every((c) => c.cues.includes('vi:nhat-tri'))).toBe(true);
		expect(out.commitments[3]!.sector).toBe('defense_security');
	});
});

describe('items after ";" under one head', () => {
	it('lets a talk that ends in an agreement ("thảo luận và thống nhất") govern its items', () => {
		const out = run([
			'Tại phiên làm việc, hai đoàn thảo luận và thống nhất các biện pháp quản lý biên giới năm tới, trong đó có xử lý việc cư trú trái phép; tạo thuận lợi cho cư dân và hàng hóa qua lại các cửa khẩu phụ.'
		]);
		expect(quotes(out)).toEqual([
			'Tại phiên làm việc, hai đoàn thảo luận và thống nhất các biện pháp quản lý biên giới năm tới, trong đó có xử lý việc cư trú trái phép',
			'tạo thuận lợi cho cư dân và hàng hóa qua lại các cửa khẩu phụ'
		]);
		// A talk that ends in nothing agreed is still only talk.
		expect(
			run(['Hai đoàn thảo luận về các biện pháp quản lý biên giới năm tới.']).commitments
		).toEqual([]);
	});

	it('keeps items the writer numbered apart even when they share a field', () => {
		const out = run([
			'Hai bộ thống nhất sẽ chỉ đạo các đơn vị làm tốt những việc sau đây: thứ nhất, mở thêm lớp bồi dưỡng tiếng Việt cho giáo viên Lào; thứ hai, tăng số học bổng đại học cho học sinh các tỉnh Nam Lào; thứ ba, phối hợp tìm kiếm, quy tập hài cốt quân tình nguyện Việt Nam tại Lào.'
		]);
		expect(quotes(out)).toEqual([
			'mở thêm lớp bồi dưỡng tiếng Việt cho giáo viên Lào',
			'tăng số học bổng đại học cho học sinh các tỉnh Nam Lào',
			'phối hợp tìm kiếm, quy tập hài cốt quân tình nguyện Việt Nam tại Lào'
		]);
		expect(out.commitments.map((c) => c.sector)).toEqual([
			'education',
			'education',
			'defense_security'
		]);
	});

	it('does not read documents described as signed ("các văn bản đã ký") as a past result', () => {
		const out = run([
			'Hai bên thống nhất rà soát các văn bản đã ký về hợp tác đầu tư để sớm đưa vào thực hiện.'
		]);
		expect(out.commitments).toHaveLength(1);
	});

	it("does not take an agreement inside one leader's proposal as agreed", () => {
		const out = run([
			'Tại buổi tiếp, Chủ tịch nước đề nghị tại kỳ họp thường niên lần thứ năm mươi của Ủy ban hợp tác giữa hai Chính phủ, hai thủ tướng chỉ đạo các bộ thảo luận và thống nhất các biện pháp thực hiện hiệu quả các hiệp định hợp tác.'
		]);
		expect(out.commitments).toEqual([]);
	});
});

describe('projects listed by the noun, each with its own status', () => {
	it('makes each "dự án …" of a list its own item, even when they share a field', () => {
		const out = run([
			'Các công trình viện trợ về y tế, giáo dục đang được hai bên phối hợp triển khai theo kế hoạch. Trong đó, dự án bệnh viện đa khoa tỉnh Hủa Phăn đã khánh thành tháng 4/2019, dự án ký túc xá cho sinh viên Lào tại Đà Nẵng khởi công tháng 2/2019, dự kiến hoàn thành năm 2021 và đặc biệt là dự án trường dân tộc nội trú tỉnh Sê Kông đang được khẩn trương xây dựng.'
		]);
		expect(quotes(out)).toContain(
			'dự án ký túc xá cho sinh viên Lào tại Đà Nẵng khởi công tháng 2/2019, dự kiến hoàn thành năm 2021'
		);
		expect(quotes(out)).toContain(
			'dự án trường dân tộc nội trú tỉnh Sê Kông đang được khẩn trương xây dựng'
		);
		expect(quotes(out).some((q) => q.includes('đã khánh thành'))).toBe(false);
	});

	it('splits "các dự án …" off the project before it', () => {
		const out = run([
			'Hai bên nhất trí tập trung triển khai các dự án trọng điểm như dự án kho xăng dầu tại tỉnh Khăm Muộn, các dự án nâng cấp bến cảng Vũng Áng.'
		]);
		expect(
			out.commitments.some((c) => c.quote.startsWith('các dự án nâng cấp bến cảng Vũng Áng'))
		).toBe(true);
	});
});

describe('heads of agenda lists', () => {
	it('lets a head that names the session ("Tại Kỳ họp …") govern the lines after it', () => {
		const out = run([
			'Tại Kỳ họp lần thứ năm mươi, hai bên thống nhất những việc cần làm trong năm tới như sau:',
			'- Hoàn thiện quy hoạch hệ thống cửa khẩu biên giới giai đoạn 2021-2030.',
			'- Tăng cường trao đổi kinh nghiệm đào tạo cán bộ quản lý giáo dục.'
		]);
		expect(quotes(out)).toEqual([
			'Hoàn thiện quy hoạch hệ thống cửa khẩu biên giới giai đoạn 2021-2030',
			'Tăng cường trao đổi kinh nghiệm đào tạo cán bộ quản lý giáo dục'
		]);
	});

	it('reads the items of a head without a verb ("Các nhiệm vụ trọng tâm … gồm: + …; + …")', () => {
		const out = run([
			'Các nhiệm vụ trọng tâm của hai tỉnh năm 2019 gồm: + Đẩy mạnh giải ngân vốn viện trợ cho các công trình y tế; + Nâng cấp tuyến quốc lộ nối cửa khẩu Cầu Treo.'
		]);
		expect(quotes(out)).toEqual([
			'Đẩy mạnh giải ngân vốn viện trợ cho các công trình y tế',
			'Nâng cấp tuyến quốc lộ nối cửa khẩu Cầu Treo'
		]);
	});

	it('takes "Về <field>, <verb> …" sentences after a head as its items', () => {
		const out = run([
			'Hai bên thống nhất phương hướng hợp tác năm tới như sau: Về giáo dục, mở rộng đào tạo sinh viên Lào theo học bổng hiệp định. Về quốc phòng, an ninh, phối hợp chặt chẽ phòng chống buôn lậu ma túy qua biên giới.'
		]);
		expect(quotes(out)).toEqual([
			'Về giáo dục, mở rộng đào tạo sinh viên Lào theo học bổng hiệp định',
			'Về quốc phòng, an ninh, phối hợp chặt chẽ phòng chống buôn lậu ma túy qua biên giới'
		]);
		expect(out.commitments.every((c) => c.cues.includes('vi:thong-nhat'))).toBe(true);
	});

	it('does not read the programme of an event ("diễn ra với các nội dung: …") as undertakings', () => {
		const out = run([
			'Ngày hội giao lưu hai tỉnh diễn ra với các nội dung: trưng bày ảnh về quan hệ hai nước; hội thảo giải pháp đẩy mạnh giao thương của các tỉnh biên giới Việt Nam với các tỉnh của Lào.'
		]);
		expect(out.commitments).toEqual([]);
	});
});

describe('instructions to a named agency', () => {
	it('reads "đề nghị <ACRONYM> + verb" and "được giao / được chỉ đạo + verb" as instructions', () => {
		const out = run([
			'Tại buổi làm việc, Thứ trưởng đề nghị TEDI nghiên cứu phương án kết nối tuyến cao tốc với cửa khẩu Cầu Treo. Viện cũng được giao hoàn thiện báo cáo tiền khả thi trong quý IV để trình Bộ Giao thông Vận tải hai nước.'
		]);
		expect(out.commitments.map((c) => c.cues[0])).toEqual(['vi:giao-co-quan', 'vi:duoc-giao']);
		// A request to the other country is still no instruction.
		expect(
			run([
				'Thứ trưởng đề nghị Lào nghiên cứu phương án kết nối tuyến cao tốc với cửa khẩu Cầu Treo.'
			]).commitments
		).toEqual([]);
	});
});
