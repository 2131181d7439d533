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
		const out = run(['Hai bên thống nhất mở rộng hợp tác đào tạo cho sinh viên Lào đến năm 2025. Sau đó, đoàn đã thăm một trường học.']);
		expect(quotes(out)).toEqual(['Hai bên thống nhất mở rộng hợp tác đào tạo cho sinh viên Lào đến năm 2025']);
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
		expect(out.commitments.map((c) => c.sector)).toEqual(['defense_security', 'investment', 'investment', 'infrastructure']);
	});

	it('does not carry a head past a sentence that is not an item', () => {
		const out = run([
			'Hai bộ nhất trí các giải pháp sau: Tháo gỡ vướng mắc cho các dự án đầu tư của doanh nghiệp Việt Nam tại Lào. Đoàn đã đi thăm khu công nghiệp. Khuyến khích doanh nghiệp là chủ trương lâu dài của tỉnh.'
		]);
		expect(quotes(out)).toEqual(['Tháo gỡ vướng mắc cho các dự án đầu tư của doanh nghiệp Việt Nam tại Lào']);
	});
});

describe('labelled items keep the head of the list', () => {
	it('passes the head\'s agreement to every item even when an item has a label and cues of its own', () => {
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
