import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { m } from '../../src/lib/paraglide/messages';

const opts = (locale: 'vi' | 'en') => ({ locale });

describe('counts read right in both languages', () => {
	it('says one source and one mention in English, and the same words for any number in Vietnamese', () => {
		expect(m.item_evidence({ sources: 1, mentions: 1 }, opts('en'))).toBe(
			'1 independent source, 1 mention'
		);
		expect(m.item_evidence({ sources: 1, mentions: 3 }, opts('en'))).toBe(
			'1 independent source, 3 mentions'
		);
		expect(m.item_evidence({ sources: 2, mentions: 1 }, opts('en'))).toBe(
			'2 independent sources, 1 mention'
		);
		expect(m.item_evidence({ sources: 0, mentions: 0 }, opts('en'))).toBe(
			'0 independent sources, 0 mentions'
		);
		expect(m.item_evidence({ sources: 1, mentions: 1 }, opts('vi'))).toBe(
			'1 nguồn độc lập, 1 lần nhắc'
		);
		expect(m.item_evidence({ sources: 4, mentions: 9 }, opts('vi'))).toBe(
			'4 nguồn độc lập, 9 lần nhắc'
		);
	});

	it('words every other count by its number', () => {
		expect(m.results_count({ total: 1 }, opts('en'))).toBe('1 commitment');
		expect(m.results_count({ total: 12 }, opts('en'))).toBe('12 commitments');
		expect(m.article_mention_count({ count: 1, trade: 0 }, opts('en'))).toBe(
			'1 commitment, 0 trade figures'
		);
		expect(m.article_mention_count({ count: 5, trade: 1 }, opts('en'))).toBe(
			'5 commitments, 1 trade figure'
		);
		expect(m.overview_total({ count: 1 }, opts('en'))).toBe('1 item tracked in all');
		expect(m.overview_policy({ count: 1 }, opts('en'))).toBe('1 policy line');
		expect(m.overview_deliverables({ count: 1 }, opts('en'))).toBe(
			'1 commitment with a deliverable'
		);
		expect(m.ed_import_finished({ added: 1, duplicate: 1, errors: 1 }, opts('en'))).toBe(
			'Finished: 1 added, 1 skipped as a duplicate, 1 error.'
		);
		expect(m.ed_import_finished({ added: 3, duplicate: 0, errors: 2 }, opts('en'))).toBe(
			'Finished: 3 added, 0 skipped as duplicates, 2 errors.'
		);
		expect(m.ed_import_stopped({ errors: 1 }, opts('en'))).toContain('1 file not imported');
		expect(m.ed_import_processing({ done: 0, total: 1 }, opts('en'))).toBe(
			'Processing… 0 of 1 file done.'
		);
		expect(m.srv_item_has_quotes({ id: 4, count: 1 }, opts('en'))).toContain('now has 1 quote.');
		expect(m.report_limited({ time: '10:00', minutes: 1 }, opts('en'))).toContain(
			'(in about 1 minute).'
		);
		expect(m.sources_count({ count: 1 }, opts('en'))).toBe('1 source');
		expect(m.results_count({ total: 1 }, opts('vi'))).toBe('1 cam kết');
	});

	it('leaves no English count followed by a plural noun as a plain string', () => {
		// The class of bug: "{n} things" written once for every number. A count placeholder directly
		// before a word ending in s must be a plural message (paraglide `plural` selector).
		const en = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, unknown>;
		const COUNTS =
			/\{(count|total|sources|mentions|errors|duplicate|added|done|trade|minutes|n)\} (?:[a-z-]+ ){0,2}[a-z]+s\b/;
		const plain = Object.entries(en).filter(
			([k, v]) => typeof v === 'string' && k !== '$schema' && COUNTS.test(v)
		);
		// login_locked has its one-minute wording in login_locked_one (i18n/editor.ts).
		expect(plain.map(([k]) => k)).toEqual(['login_locked']);
	});
});
