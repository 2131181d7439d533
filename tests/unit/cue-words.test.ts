import { describe, expect, it } from 'vitest';
import { cueWords, cueWordsOf } from '../../src/lib/server/editor/cue-words';

describe('cue codes as the words an editor reads', () => {
	it('finds the folded words of a code in the quote and gives them back with their marks', () => {
		expect(cueWords('vi:thong-nhat', 'Hai bên đã thống nhất xây dựng cầu mới.')).toBe('thống nhất');
		expect(cueWords('vi:phan-dau', 'Phấn đấu đạt kim ngạch 5 tỷ USD.')).toBe('Phấn đấu');
	});
	it('falls back to the code’s own words, without prefix or hyphens, when the quote lacks them', () => {
		expect(cueWords('en:made-pledge', 'The two sides will open a gate.')).toBe('made pledge');
		// Common Vietnamese cues keep their marks even when the quote does not hold them.
		expect(cueWords('vi:se', 'Lễ khởi công công viên.')).toBe('sẽ');
	});
	it('lists each reading once', () => {
		expect(cueWordsOf(['vi:se', 'vi:se'], 'Hai nước sẽ mở cửa khẩu.')).toEqual(['sẽ']);
	});
});
