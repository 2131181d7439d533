import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';

/**
 * The kind an item is filed under is what an analyst splits the tracker by: a deliverable one can
 * later check (a target, a project, a named programme) or a policy line. Sentences are our own.
 */
function kindsOf(paragraphs: string[]): { quote: string; kind: string }[] {
	return extractBlocks('vi', paragraphs, '2025-03-01', '\n\n', 'Tiêu đề bài viết').commitments.map(
		(c) => ({ quote: c.quote, kind: c.kind })
	);
}

function kindOf(sentence: string): string {
	const found = kindsOf([sentence]);
	expect(found, sentence).toHaveLength(1);
	return found[0]!.kind;
}

describe('kind: deliverables and policy lines', () => {
	it('files plural or unnamed instruments as policy lines', () => {
		expect(
			kindOf(
				'Hai bên nhất trí tập trung triển khai các dự án thiết thực, đáp ứng nhu cầu của người dân hai nước.'
			)
		).toBe('policy');
		expect(
			kindOf(
				'Việt Nam và Lào nhất trí tiếp tục thực hiện hiệu quả những thỏa thuận cấp cao giữa hai Đảng.'
			)
		).toBe('policy');
		expect(
			kindOf(
				'Hai bên nhất trí đẩy nhanh tháo gỡ vướng mắc của một số dự án trọng điểm về năng lượng giữa Việt Nam và Lào.'
			)
		).toBe('policy');
	});

	it('files a named agreement, one with a period or one to be drafted as a programme', () => {
		expect(
			kindOf(
				'Hai bên nhất trí sớm ký Hiệp định về vận tải hàng hóa qua biên giới giữa Việt Nam và Lào.'
			)
		).toBe('programme');
		expect(
			kindOf('Việt Nam và Lào thống nhất triển khai kế hoạch hợp tác về y tế giai đoạn 2026-2030.')
		).toBe('programme');
		expect(
			kindOf(
				'Hai bên nhất trí khẩn trương xây dựng thỏa thuận về công nhận văn bằng giữa Việt Nam và Lào.'
			)
		).toBe('programme');
	});

	it('files a singular works as a project', () => {
		expect(
			kindOf(
				'Hai bên nhất trí đẩy nhanh tiến độ dự án Bệnh viện Hữu nghị tại tỉnh Xiêng Khoảng do Việt Nam tài trợ cho Lào.'
			)
		).toBe('project');
	});

	it('keeps a trade target a target', () => {
		expect(
			kindOf('Việt Nam và Lào nhất trí phấn đấu đưa kim ngạch thương mại song phương đạt 3 tỷ USD.')
		).toBe('target');
	});
});
