import { describe, expect, it } from 'vitest';
import { auditChanges } from '../../src/lib/i18n/audit';
import { sayParts, storedParts, withWritten } from '../../src/lib/i18n/system-text';
import { systemText } from '../../src/lib/system-text';
import { inLocale } from '../helpers/locale';

/**
 * #16 "quotes stay in their own language, marked with lang": a system sentence in the reader's
 * language carries titles and quoted words as written; they come back as parts of their own, with
 * their language, so the page can mark them.
 */
describe('system sentences as parts, titles marked with their language', () => {
	it('a merge line in English sets the two Vietnamese titles apart, marked vi', () => {
		const merged = systemText('merged', {
			id: 3,
			title: 'Xây dựng cầu Mỹ Thuận',
			into: 4,
			intoTitle: 'Cầu hữu nghị mới'
		});
		expect(inLocale('en', () => sayParts(merged))).toEqual([
			{ text: 'Item #3 “' },
			{ text: 'Xây dựng cầu Mỹ Thuận', lang: 'vi' },
			{ text: '” was a duplicate and was merged into #4 “' },
			{ text: 'Cầu hữu nghị mới', lang: 'vi' },
			{ text: '”.' }
		]);
	});

	it('an English title in a Vietnamese line is marked en; dates and numbers are worded, not marked', () => {
		const corrected = systemText('corrected', {
			changes: [
				{ field: 'title', from: 'Old bridge', to: 'Cầu mới' },
				{ field: 'deadline', from: null, to: '2029-01-31' },
				{ field: 'targetValue', from: '5000000000', to: '5500000000' },
				{ field: 'sector', from: 'other', to: 'energy' }
			]
		});
		const vi = inLocale('vi', () => sayParts(corrected));
		expect(vi.filter((p) => p.lang)).toEqual([
			{ text: 'Old bridge', lang: 'en' },
			{ text: 'Cầu mới', lang: 'vi' }
		]);
		expect(vi.map((p) => p.text).join('')).toBe(
			'Đã sửa Tiêu đề: “Old bridge” → “Cầu mới”; Thời hạn: “—” → “31/01/2029”; ' +
				'Giá trị mục tiêu: “5.000.000.000” → “5.500.000.000”; Lĩnh vực: “Khác” → “Năng lượng”.'
		);
		const retitled = systemText('retitled', { id: 9, from: 'Cầu cũ', to: 'Cầu mới' });
		expect(inLocale('en', () => sayParts(retitled)).filter((p) => p.lang)).toHaveLength(2);
	});

	it('keeps what an editor typed apart from what the system said', () => {
		const parts = inLocale('en', () =>
			storedParts({
				text: ' Ghi chú của biên tập viên. ',
				key: 'removed',
				params: { id: 5, title: 'Hợp tác giáo dục' }
			})
		);
		expect(parts.typed).toBe('Ghi chú của biên tập viên.');
		expect(parts.said.map((p) => p.text).join('')).toBe(
			'Removed item #5 “Hợp tác giáo dục”: the quoted passage is not a commitment.'
		);
	});

	it('marks cue words and typed audit values with their language', () => {
		const cues = inLocale('en', () =>
			withWritten((w) => `cues: ${['thống nhất', 'sẽ'].map(w).join(', ')}`)
		);
		expect(cues).toEqual([
			{ text: 'cues: ' },
			{ text: 'thống nhất', lang: 'vi' },
			{ text: ', ' },
			{ text: 'sẽ', lang: 'vi' }
		]);
		const [change] = inLocale('en', () =>
			auditChanges({ reason: null }, { reason: 'Đã khởi công đoạn đầu.' })
		);
		expect(change).toMatchObject({
			label: 'Reason',
			fromParts: [{ text: '—' }],
			toParts: [{ text: 'Đã khởi công đoạn đầu.', lang: 'vi' }]
		});
	});
});
