/**
 * Noise classes from a corpus-wide sample of tracked items (issue #12, precision on unseen text): a head
 * count that makes a fragment look concrete, a firm's own business plan, a ministry's domestic act, a
 * completion narrated as history, a bare place or purpose fragment. Every sentence here is written for
 * this file, not taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

function run(
	paragraphs: string[],
	published: string | null = '2019-05-20',
	headline = 'Hợp tác Việt Nam - Lào'
): Extraction {
	return extractBlocks('vi', paragraphs, published, '\n\n', headline);
}

const quotes = (out: Extraction): string[] => out.commitments.map((c) => c.quote);

describe('a head count is not a target by itself', () => {
	it('does not keep a count of pupils or workers in a clause that undertakes nothing for them', () => {
		expect(
			quotes(
				run([
					'Tại ngày hội biên giới sẽ có nhiều hoạt động: giao lưu văn nghệ; tặng xe đạp cho 16 em học sinh vượt khó (8 học sinh của Việt Nam và 8 học sinh của Lào); tặng cây giống cho các bản hai bên biên giới.'
				])
			).filter((q) => /học sinh/.test(q))
		).toEqual([]);
		expect(
			quotes(
				run([
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
			expect(quotes(run([sentence])), sentence).toHaveLength(1);
	});
});
