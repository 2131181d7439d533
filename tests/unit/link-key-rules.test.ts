import { describe, expect, it } from 'vitest';
import { semanticKeys, withoutGluedHeading } from '../../src/lib/server/track/keys';

// Key rules of 3 Dec (issue 13, deliverable 8). Every sentence here was written for this test in
// the register of the reports the tracker reads; none is copied from an article.
describe('semantic keys', () => {
	it('reads the sentence, not a heading glued to it when the page lost its line breaks', () => {
		const q =
			'Tăng cường giao lưu nhân dân năm 2030 Về phương hướng thời gian tới, hai bên thống nhất triển khai hiệu quả các thỏa thuận cấp cao';
		expect(withoutGluedHeading(q)).toMatch(/^Về phương hướng/);
		expect(semanticKeys(q)).toEqual(['implement:agreements']);
		// A name in capitals is not a heading: nothing is cut.
		const n = 'Bộ trưởng Nguyễn Văn An cho biết hai bên sẽ triển khai các thỏa thuận cấp cao';
		expect(withoutGluedHeading(n)).toBe(n);
	});

	it('gives no key to an action the speaker only makes easier for someone else', () => {
		expect(
			semanticKeys(
				'Quốc hội sẽ tạo điều kiện để Chính phủ hai nước triển khai các thỏa thuận cấp cao'
			)
		).toEqual([]);
		expect(
			semanticKeys(
				'parliament will facilitate the governments implementing the high-level agreements'
			)
		).toEqual([]);
		expect(semanticKeys('Chính phủ hai nước sẽ triển khai các thỏa thuận cấp cao')).toEqual([
			'implement:agreements'
		]);
	});

	it("keeps the two Politburos' line apart from the governments' agreements, as the head key", () => {
		expect(
			semanticKeys(
				'hai bên nhất trí thực hiện nghiêm các tuyên bố chung và chỉ đạo của hai Bộ Chính trị'
			)
		).toEqual(['implement:politburo', 'implement:agreements']);
		expect(semanticKeys('thực hiện tốt chỉ đạo của hai Bộ Chính trị')).toEqual([
			'implement:politburo'
		]);
	});
});
