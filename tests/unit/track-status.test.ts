import { describe, expect, it } from 'vitest';
import { cueSpans } from '../../src/lib/server/track/cues';
import {
	STATUSES,
	isOverdue,
	isQuiet,
	quietCutoff,
	statusDefinition
} from '../../src/lib/server/track/status';
import { foldText } from '../../src/lib/server/extract/fold';
import { jaccard, shingles } from '../../src/lib/server/track/text';
import { aliasKey } from '../../src/lib/server/track/entities';
import { bandKeys } from '../../src/lib/server/track/minhash';

describe('status definitions', () => {
	it('define every status in Vietnamese and English, with decision rules', () => {
		for (const s of STATUSES) {
			const d = statusDefinition(s);
			expect(d.definition.vi.length).toBeGreaterThan(20);
			expect(d.definition.en.length).toBeGreaterThan(20);
			expect(d.rules.vi.length).toBeGreaterThan(20);
			expect(d.rules.en.length).toBeGreaterThan(20);
		}
		expect(STATUSES.filter((s) => statusDefinition(s).final)).toEqual([
			'achieved',
			'partially_achieved',
			'missed',
			'cancelled'
		]);
	});

	it('flags overdue only past a deadline and before a final status; items without deadline never', () => {
		expect(isOverdue('2025-12-31', 'announced', '2026-01-01', '2024-03-01')).toBe(true);
		expect(isOverdue('2025-12-31', 'announced', '2025-12-31', '2024-03-01')).toBe(false);
		expect(isOverdue('2025-12-31', 'achieved', '2026-06-01', '2024-03-01')).toBe(false);
		expect(isOverdue(null, 'announced', '2099-01-01', '2024-03-01')).toBe(false);
		// The deadline must still have been ahead when the pledge was first reported, and that date known.
		expect(isOverdue('2025-12-31', 'announced', '2027-01-01', '2026-02-01')).toBe(false);
		expect(isOverdue('2025-12-31', 'announced', '2027-01-01', null)).toBe(false);
	});

	it('flags quiet after 18 months without a mention', () => {
		expect(quietCutoff('2026-07-15')).toBe('2025-01-15');
		expect(isQuiet('2025-01-14', 'in_progress', '2026-07-15')).toBe(true);
		expect(isQuiet('2025-01-15', 'in_progress', '2026-07-15')).toBe(false);
		expect(isQuiet('2020-01-01', 'cancelled', '2026-07-15')).toBe(false);
	});
});

describe('evidence cues', () => {
	it('proposes achieved, in progress or nothing from what a sentence says', () => {
		expect(
			cueSpans('Năm nay thương mại hai chiều đã vượt xa mục tiêu đặt ra').map((c) => c.toStatus)
		).toEqual(['achieved']);
		expect(cueSpans('Kim ngạch lần đầu VƯỢT MỐC 3 tỷ USD').map((c) => c.cue)).toEqual([
			'target_exceeded'
		]);
		expect(cueSpans('Hai bên dự lễ khởi công nhà máy mới').map((c) => c.toStatus)).toEqual([
			'in_progress'
		]);
		expect(cueSpans('The bridge was inaugurated on Friday').map((c) => c.toStatus)).toEqual([
			'achieved'
		]);
		expect(cueSpans('Workers broke ground on the new terminal').map((c) => c.toStatus)).toEqual([
			'in_progress'
		]);
		expect(cueSpans('Cây cầu được khánh thành sáng nay').map((c) => c.cue)).toEqual(['completed']);
		expect(cueSpans('Hai bên nhất trí tăng cường hợp tác')).toEqual([]);
	});
});

describe('text keys', () => {
	it('fold diacritics, case and dash styles the same way', () => {
		expect(foldText('Đường sắt Viêng Chăn – Vũng Áng')).toBe('duong sat vieng chan-vung ang');
		expect(aliasKey('Vientiane‐Vung Ang railway')).toBe(aliasKey('vientiane - vũng áng RAILWAY'));
	});

	it('recognise a reprint with a changed headline as a near copy, and a different story as not', () => {
		const body = Array.from(
			{ length: 60 },
			(_, i) => `câu số ${i} nói về hợp tác giữa hai nước trong lĩnh vực ${i % 7}`
		).join('. ');
		const reprint = `Tin mới: ${body}`;
		const other = Array.from(
			{ length: 60 },
			(_, i) => `đoạn ${i} kể chuyện mùa màng ở vùng cao năm ${2000 + i}`
		).join('. ');
		expect(jaccard(shingles(body), shingles(reprint))).toBeGreaterThanOrEqual(0.8);
		expect(jaccard(shingles(body), shingles(other))).toBeLessThan(0.1);
		// The band index finds the reprint as a candidate and not the other story.
		const keys = new Set(bandKeys(shingles(body)));
		expect(bandKeys(shingles(reprint)).filter((k) => keys.has(k)).length).toBeGreaterThan(0);
		expect(bandKeys(shingles(other)).filter((k) => keys.has(k))).toEqual([]);
		expect(bandKeys(shingles(body))).toEqual([...keys]);
	});
});
