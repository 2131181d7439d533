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

describe('cue words from the cue’s own pattern', () => {
	it('gives what the pattern matched in the quote, marks and all', () => {
		expect(cueWords('vi:sap-toi', 'Thời gian tới, hai bên sẽ mở thêm cửa khẩu.')).toBe(
			'Thời gian tới'
		);
		expect(cueWords('en:pledged', 'The ministry vowed to finish the road.')).toBe('vowed');
	});
	it('spells every Vietnamese cue with its marks when the quote does not hold it', () => {
		for (const code of ['vi:sap-toi', 'vi:da-lam', 'vi:thoi-gian-qua', 'vi:target-met'])
			expect(cueWords(code, 'Một câu không có dấu hiệu nào.')).toMatch(
				/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/
			);
	});
});
