import { describe, expect, it } from 'vitest';
import { commitmentRecord, csvCell, toCsv } from '../../src/lib/export';
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
	entities: [
		{ slug: 'vientiane-vung-ang-railway', nameVi: 'Đường sắt Vientiane–Vũng Áng', nameEn: null }
	],
	version: 1,
	revisionOfId: null
};

describe('commitments export', () => {
	it('quotes commas and quotes, and keeps exact decimals as written', () => {
		const lines = toCsv([row], 'http://example.test')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[1]).toBe(
			'7,"Đường sắt ""Vientiane–Vũng Áng"", giai đoạn 1",,infrastructure,project,announced,false,true,5000000000,,USD,2030,,2025-01-10,2026-01-26,2,3,vientiane-vung-ang-railway,http://example.test/commitments/7,1.7,,,,,,'
		);
	});

	it('carries each quote with its article id, outlet, source URL, date and confidence, in the same order', () => {
		const evidence = new Map([
			[
				7,
				[
					{
						quote: 'Hai bên nhất trí khởi công, "sớm nhất" có thể.',
						articleId: 3,
						outlet: 'VTC News',
						sourceUrl: 'https://example.test/a.htm',
						publishedOn: '2026-01-23',
						confidence: 0.8
					},
					{
						quote: 'A second quote.',
						articleId: 5,
						outlet: null,
						sourceUrl: 'owner/repo@abcdef1:path/b.txt',
						publishedOn: null,
						confidence: 0.55
					}
				]
			]
		]);
		const csv = toCsv([row], 'http://example.test', evidence)
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		const header = csv[0]!.split(',');
		expect(header.slice(-7)).toEqual([
			'evidence_score',
			'quotes',
			'quote_article_ids',
			'quote_outlets',
			'quote_source_urls',
			'quote_published_on',
			'quote_confidences'
		]);
		expect(
			csv[1]!.endsWith(
				',1.7,"Hai bên nhất trí khởi công, ""sớm nhất"" có thể. || A second quote.",3 || 5,VTC News || ,https://example.test/a.htm || owner/repo@abcdef1:path/b.txt,2026-01-23 || ,0.8 || 0.55'
			)
		).toBe(true);
		const json = commitmentRecord(row, 'http://example.test', evidence.get(7));
		expect(json.evidence).toEqual([
			{
				quote: 'Hai bên nhất trí khởi công, "sớm nhất" có thể.',
				article_id: 3,
				article_url: 'http://example.test/articles/3',
				outlet: 'VTC News',
				source_url: 'https://example.test/a.htm',
				published_on: '2026-01-23',
				confidence: 0.8
			},
			{
				quote: 'A second quote.',
				article_id: 5,
				article_url: 'http://example.test/articles/5',
				outlet: null,
				source_url: 'owner/repo@abcdef1:path/b.txt',
				published_on: null,
				confidence: 0.55
			}
		]);
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(null)).toBe('');
	});
});
