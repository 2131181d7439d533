import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/export';
import type { CommitmentSummary } from '../../src/lib/commitment';

const row: CommitmentSummary = {
	id: 7,
	title: 'Đường sắt "Vientiane–Vũng Áng", giai đoạn 1',
	titleEn: null,
	sector: 'infrastructure',
	kind: 'project',
	status: 'announced',
	overdue: false,
	quiet: true,
	targetValue: '5000000000',
	targetValueMax: null,
	unit: 'USD',
	targetYear: 2030,
	deadline: null,
	firstMentioned: '2025-01-10',
	lastMentioned: '2026-01-26',
	sourceCount: 2,
	mentionCount: 3,
	evidenceScore: 1.7,
	entities: [{ slug: 'vientiane-vung-ang-railway', nameVi: 'Đường sắt Vientiane–Vũng Áng', nameEn: null }],
	version: 1,
	revisionOfId: null
};

describe('commitments export', () => {
	it('quotes commas and quotes, and keeps exact decimals as written', () => {
		const lines = toCsv([row], 'http://example.test').replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[1]).toBe(
			'7,"Đường sắt ""Vientiane–Vũng Áng"", giai đoạn 1",,infrastructure,project,announced,false,true,5000000000,,USD,2030,,2025-01-10,2026-01-26,2,3,vientiane-vung-ang-railway,http://example.test/commitments/7'
		);
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(null)).toBe('');
	});
});
