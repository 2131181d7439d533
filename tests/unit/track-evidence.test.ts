import { describe, expect, it } from 'vitest';
import { sentencePieces } from '../../src/lib/server/queries/proposals';
import { cueSpans } from '../../src/lib/server/track/cues';
import {
	aspectWords,
	futureGoverns,
	sentenceAround,
	sentenceAspect,
	sentenceEvidence
} from '../../src/lib/server/track/evidence';
import { firstStatus } from '../../src/lib/server/track/proposals';

// Sentences written for this test.
const at = (raw: string, quote: string) => {
	const start = raw.indexOf(quote);
	return { start, end: start + quote.length };
};

describe('the sentence a quote stands in', () => {
	const raw =
		'Chiều 5/3, hai đoàn hội đàm. Nhân dịp này, hai bên sẽ tổ chức Diễn đàn doanh nghiệp; Lễ khởi công Nhà máy nước sạch Hữu nghị và lễ ký kết 1.5 văn kiện.\nĐoạn sau.';
	it('runs from the end of the sentence before to its own full stop, not across a line or a decimal point', () => {
		const q = at(raw, 'Lễ khởi công Nhà máy nước sạch Hữu nghị');
		const s = sentenceAround(raw, q.start, q.end);
		expect(raw.slice(s.start, s.end)).toBe(
			'Nhân dịp này, hai bên sẽ tổ chức Diễn đàn doanh nghiệp; Lễ khởi công Nhà máy nước sạch Hữu nghị và lễ ký kết 1.5 văn kiện.'
		);
	});

	it('puts a list item under the future word that governs the list: no groundbreaking has happened', () => {
		expect(
			sentenceAspect(
				raw,
				{ ...at(raw, 'Lễ khởi công Nhà máy nước sạch Hữu nghị'), aspect: 'future' },
				'vi'
			)
		).toBe('future');
	});

	it('puts every item of a list under "đang tích cực thực hiện" as under way', () => {
		const list =
			'Hai nước đang tích cực thực hiện Chương trình học bổng 2021-2025; Kế hoạch giao lưu thanh niên 2022-2026 và hỗ trợ xây dựng Trường phổ thông Hữu nghị.';
		for (const q of [
			'Kế hoạch giao lưu thanh niên 2022-2026',
			'hỗ trợ xây dựng Trường phổ thông Hữu nghị'
		])
			expect(sentenceAspect(list, { ...at(list, q), aspect: 'future' }, 'vi'), q).toBe('ongoing');
	});

	it('does not read "chia sẻ" as the future "sẽ", and keeps the engine’s own ongoing or done', () => {
		const s =
			'Hai bên chia sẻ kinh nghiệm; Nhà máy điện mặt trời Hữu nghị đang được khẩn trương thi công.';
		expect(
			sentenceAspect(
				s,
				{
					...at(s, 'Nhà máy điện mặt trời Hữu nghị đang được khẩn trương thi công'),
					aspect: 'ongoing'
				},
				'vi'
			)
		).toBe('ongoing');
		const after = 'Cầu đã khánh thành năm ngoái; hai bên nhất trí mở rộng cầu cũ.';
		// Completion is never read from outside the quote.
		expect(
			sentenceAspect(
				after,
				{ ...at(after, 'hai bên nhất trí mở rộng cầu cũ'), aspect: 'future' },
				'vi'
			)
		).toBe('future');
	});

	it('finds the cue words with their diacritics and offsets, and the words that make a sentence ongoing', () => {
		const s = 'Tháng trước, hai tỉnh đã KHỞI CÔNG cầu biên giới và khánh thành chợ cửa khẩu.';
		expect(cueSpans(s).map((c) => [c.words, c.toStatus, s.slice(c.start, c.end)])).toEqual([
			['KHỞI CÔNG', 'in_progress', 'KHỞI CÔNG'],
			['khánh thành', 'achieved', 'khánh thành']
		]);
		const e = sentenceEvidence(
			'Hai nước đang tích cực thực hiện Đề án đào tạo.',
			{ start: 0, end: 46, aspect: 'ongoing' },
			'vi'
		);
		expect(aspectWords(e).map((w) => w.words)).toEqual(['đang tích cực thực hiện']);
		// The Party ("Đảng") is not the progressive "đang".
		expect(
			aspectWords({ sentence: 'Đảng Nhân dân cách mạng Lào lãnh đạo', aspect: 'ongoing', cues: [] })
		).toEqual([]);
	});
});

describe('first status from the evidence', () => {
	it('under way → in progress; done or future → announced (done is only ever proposed)', () => {
		expect(firstStatus({ aspect: 'ongoing' })).toBe('in_progress');
		expect(firstStatus({ aspect: 'done' })).toBe('announced');
		expect(firstStatus({ aspect: 'future' })).toBe('announced');
	});

	it('shows the editor the whole sentence with the marked words', () => {
		expect(
			sentencePieces({
				sentence: 'Hai bên đã khởi công cầu.',
				highlights: [{ start: 11, end: 20 }]
			})
		).toEqual([
			{ text: 'Hai bên đã ', marked: false },
			{ text: 'khởi công', marked: true },
			{ text: ' cầu.', marked: false }
		]);
		expect(sentencePieces({ matched: 'khoi cong' })).toBeNull();
	});
});

describe('cues under a future word', () => {
	it('are plans, not events: no proposal from "sẽ tổ chức …; Lễ khởi công" or "nhất trí sớm khởi công"', () => {
		const gov = (s: string, cue: string) => futureGoverns(s, s.indexOf(cue));
		expect(
			gov(
				'Hai bên sẽ tổ chức Diễn đàn doanh nghiệp; Lễ khởi công Nhà máy nước sạch và lễ ký kết.',
				'khởi công'
			)
		).toBe(true);
		expect(gov('Hai Chính phủ nhất trí sớm khởi công tuyến đường mới.', 'khởi công')).toBe(true);
		expect(gov('The two sides will break ground on the bridge next year.', 'break ground')).toBe(
			true
		);
		expect(gov('Tuyến đường đã được khởi công vào tháng 5.', 'khởi công')).toBe(false);
		expect(
			gov('Dự án sẽ hoàn thành năm 2027, nhưng cầu cũ đã khánh thành tháng trước.', 'khánh thành')
		).toBe(false);
		expect(gov('Hai bên chia sẻ niềm vui khi cầu được khánh thành.', 'khánh thành')).toBe(false);
	});
});
