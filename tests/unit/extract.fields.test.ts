import { describe, expect, it } from 'vitest';
import { aspectOf } from '../../src/lib/server/extract/aspect';
import { fold } from '../../src/lib/server/extract/fold';
import { extractArticle, type Extraction } from '../../src/lib/server/extract/index';

/** One paragraph per block, as the ingest cleaner would give them. */
function run(language: 'vi' | 'en', paragraphs: string[], published: string | null = '2024-06-15'): Extraction {
	const raw = `Tiêu đề bài viết\n\n${paragraphs.join('\n\n')}\n`;
	let at = 0;
	const blocks = paragraphs.map((p) => {
		const start = raw.indexOf(p, at);
		at = start + p.length;
		return { start, end: at };
	});
	const out = extractArticle({ raw, blocks, published, language });
	for (const x of [...out.commitments, ...out.trade_observations]) expect(raw.slice(x.start, x.end)).toBe(x.quote);
	return out;
}

const aspect = (s: string, language: 'vi' | 'en' = 'vi'): string => aspectOf(fold(s).text, language);

describe('aspect', () => {
	it('is ongoing for work reported as under way', () => {
		expect(aspect('Hai nước đang tích cực thực hiện các dự án kết nối giao thông giữa hai tỉnh.')).toBe('ongoing');
		expect(aspect('Các công trình trọng điểm như cảng cạn Thà Khẹc đang được thúc đẩy.')).toBe('ongoing');
		expect(aspect('Tuyến đường nối hai cửa khẩu đang được khẩn trương thi công.')).toBe('ongoing');
		expect(aspect('Gói thầu số 2 đã hoàn thành 70% khối lượng và dự kiến về đích trong năm tới.')).toBe('ongoing');
		expect(aspect('The power line project is being implemented by the two utilities.', 'en')).toBe('ongoing');
		expect(aspect('Works on the new dormitory for Lao students are under way.', 'en')).toBe('ongoing');
		expect(aspect('The bridge is under construction and will open in 2026.', 'en')).toBe('ongoing');
	});

	it('is done for a reported completion', () => {
		expect(aspect('Trường học do Việt Nam tài trợ đã hoàn thành và bàn giao cho phía bạn.')).toBe('done');
		expect(aspect('Hai bên khánh thành nhà máy thủy điện ở tỉnh Sê Kông.')).toBe('done');
		expect(aspect('Bệnh viện hữu nghị đã được đưa vào sử dụng từ tháng 3.')).toBe('done');
		expect(aspect('The border market was completed in May with Vietnamese funding.', 'en')).toBe('done');
		expect(aspect('The two leaders inaugurated the new terminal at the border gate.', 'en')).toBe('done');
	});

	it('is future for what is still to be done, even with a completion verb', () => {
		expect(aspect('Hai bên sẽ tổ chức lễ khởi công công viên hữu nghị vào cuối năm nay.')).toBe('future');
		expect(aspect('Hai bên sẽ tổ chức lễ khánh thành nhà máy vào tháng 12.')).toBe('future');
		expect(aspect('Dự án dự kiến hoàn thành vào quý IV năm 2026.')).toBe('future');
		expect(aspect('Hai bên nhất trí phấn đấu hoàn thành 100% việc tôn tạo cột mốc.')).toBe('future');
		expect(aspect('Giai đoạn 1 đã hoàn thành, hai bên sẽ khởi công giai đoạn 2 trong năm tới.')).toBe('future');
		expect(aspect('The two sides agreed to complete the expressway section by 2027.', 'en')).toBe('future');
		expect(aspect('The hospital is expected to be completed next year.', 'en')).toBe('future');
		expect(aspect('Vietnam will help Laos build a new national assembly building.', 'en')).toBe('future');
	});

	it('does not read the Party ("Đảng") as the progressive "đang"', () => {
		expect(aspect('Hai Đảng thống nhất tăng cường trao đổi lý luận và thực hiện các thỏa thuận cấp cao.')).toBe('future');
		expect(aspect('Đảng Nhân dân Cách mạng Lào sẽ triển khai chương trình đào tạo cán bộ.')).toBe('future');
	});

	it('travels with each extracted commitment', () => {
		const out = run('vi', [
			'Hai bên đang tích cực triển khai dự án đường cao tốc Hà Nội – Viêng Chăn.',
			'Hai bên nhất trí sẽ tổ chức lễ khởi công Công viên Hữu nghị Việt Nam – Lào trong năm 2025.'
		]);
		const by = Object.fromEntries(out.commitments.map((c) => [c.quote.slice(0, 20), c.aspect]));
		expect(Object.values(by)).toEqual(['ongoing', 'future']);
	});

	it('is future for an English pledge and ongoing for an English progressive', () => {
		const out = run('en', ['Vietnam will provide 1,000 scholarships for Lao students in 2025.', 'Vietnam is implementing a programme of 1,000 scholarships for Lao students.']);
		expect(out.commitments.map((c) => c.aspect)).toEqual(['future', 'ongoing']);
	});
});
