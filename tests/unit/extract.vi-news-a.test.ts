/**
 * Vietnamese news forms read on a further unseen round of 2010–2026 pages (provincial agreements, power,
 * scholarships, agriculture, border gates; issue #12). Every sentence below is our own.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks, quotesOf } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

function run(paragraphs: string[], published: string | null = '2024-06-15'): Extraction {
	return extractBlocks('vi', paragraphs, published, '\n\n', 'Tiêu đề bài viết');
}

describe('a commitment named as a noun', () => {
	it('does not take "cam kết … của" in a sentence of significance for a pledge', () => {
		const out = run([
			'Việc xây dựng trường học này không chỉ giúp học sinh vùng biên mà còn thể hiện cam kết lâu dài của tỉnh Nghệ An với tỉnh Xiêng Khoảng.'
		]);
		expect(quotesOf(out)).toEqual([]);
	});

	it('still takes "cam kết" used as a verb', () => {
		const out = run([
			'Bộ Y tế Việt Nam cam kết đào tạo 200 bác sĩ cho tỉnh Hủa Phăn của Lào trong năm 2025.'
		]);
		expect(quotesOf(out)).toHaveLength(1);
	});
});
