/**
 * Recall on real journalism (issue #12): commitments the engine missed or cut differently from the
 * annotation rules in docs/extraction.md. Every sentence here is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

function run(lines: string[]): Extraction {
	return extractBlocks('vi', lines, '2021-03-10', '\n', 'Tiêu đề');
}

const quotes = (out: Extraction): string[] => out.commitments.map((c) => c.quote);

describe('an undertaking next to an event', () => {
	it('keeps the undertaking when the part after it is a one-off event', () => {
		const out = run([
			'Năm tới, hai bên sẽ tiếp tục đào tạo cán bộ y tế của Lào tại các bệnh viện của Việt Nam, chỉ đạo các tỉnh biên giới tổ chức chiến dịch tình nguyện hè cho sinh viên.'
		]);
		expect(quotes(out)).toEqual([
			'Năm tới, hai bên sẽ tiếp tục đào tạo cán bộ y tế của Lào tại các bệnh viện của Việt Nam'
		]);
	});
});
